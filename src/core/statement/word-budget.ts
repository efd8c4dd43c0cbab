/**
 * Shares `total` words in proportion to the weights, as whole numbers that add up to exactly `total`
 * (largest remainder: each gets the whole part of its share, and the words left over go to the largest
 * fractions, ties to the heavier weight, then to the earlier one). All weights zero share equally.
 */
export function shareWords(weights: readonly number[], total: number): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const used = sum > 0 ? weights : weights.map(() => 1);
  const whole = sum > 0 ? sum : weights.length;
  const exact = used.map((w) => (total * w) / whole);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, fraction: x - Math.floor(x), weight: used[i]! }))
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.fraction - a.fraction || b.weight - a.weight || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]!.i]!++;
  return shares;
}
