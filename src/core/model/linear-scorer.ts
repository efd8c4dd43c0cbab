/** A linear model over present/absent features, learned from the labelled adverts and shipped as data. */
export type LinearScorer = { bias: number; weights: Readonly<Record<string, number>> };

/** The feature's weight, 0 when the model has none (a plain object: "constructor" is not a weight). */
export const weightOf = (scorer: LinearScorer, feature: string): number =>
  Object.hasOwn(scorer.weights, feature) ? scorer.weights[feature]! : 0;

// Thousands of weights are looked up per advert: a Map per scorer, made on first use, is faster than the object.
const weightMaps = new WeakMap<LinearScorer, Map<string, number>>();
function weightMap(scorer: LinearScorer): Map<string, number> {
  let weights = weightMaps.get(scorer);
  if (!weights) weightMaps.set(scorer, (weights = new Map(Object.entries(scorer.weights))));
  return weights;
}

/** The probability the scorer gives to a set of present features (logistic: a feature present adds its weight). */
export function probability(scorer: LinearScorer, features: Iterable<string>): number {
  const weights = weightMap(scorer);
  let z = scorer.bias;
  for (const feature of features) z += weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
