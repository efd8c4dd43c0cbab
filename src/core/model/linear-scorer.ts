/** A linear model over present/absent features, learned from the labelled adverts and shipped as data. */
export type LinearScorer = { bias: number; weights: Readonly<Record<string, number>> };

/** The feature's weight, 0 when the model has none (a plain object: "constructor" is not a weight). */
export const weightOf = (scorer: LinearScorer, feature: string): number =>
  Object.hasOwn(scorer.weights, feature) ? scorer.weights[feature]! : 0;

/** The probability the scorer gives to a set of present features (logistic: a feature present adds its weight). */
export function probability(scorer: LinearScorer, features: Iterable<string>): number {
  let z = scorer.bias;
  for (const feature of features) z += weightOf(scorer, feature);
  return 1 / (1 + Math.exp(-z));
}
