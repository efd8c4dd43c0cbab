/**
 * A small linear model learned from the hand-labelled adverts (train split only), shipped as data:
 * a `verifier` that keeps or drops each skill the rules found, from the words around it, and an `adder`
 * per skill that names a skill the rules missed, from the words of the criterion. Scores are logistic:
 * a feature present adds its weight.
 */
export type LinearScorer = { bias: number; weights: Readonly<Record<string, number>> };

export type LearnedModel = {
  /** Where the labels came from and how the model was trained, for the reader of the data file. */
  about: string;
  verifier: LinearScorer & { threshold: number };
  adder: { threshold: number; skills: Readonly<Record<string, LinearScorer>> };
};

/** The feature's weight, 0 when the model has none (a plain object: "constructor" is not a weight). */
export const weightOf = (scorer: LinearScorer, feature: string): number =>
  Object.hasOwn(scorer.weights, feature) ? scorer.weights[feature]! : 0;

/** The probability the scorer gives to a set of present features. */
export function probability(scorer: LinearScorer, features: Iterable<string>): number {
  let z = scorer.bias;
  for (const feature of features) z += weightOf(scorer, feature);
  return 1 / (1 + Math.exp(-z));
}
