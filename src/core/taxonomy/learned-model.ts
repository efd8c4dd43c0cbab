import type { LinearScorer } from '../model/linear-scorer';

/**
 * A small linear model learned from the hand-labelled adverts (train split only), shipped as data:
 * a `verifier` that keeps or drops each skill the rules found, from the words around it, and an `adder`
 * per skill that names a skill the rules missed, from the words of the criterion. Scores are logistic:
 * a feature present adds its weight.
 */
export type LearnedModel = {
  /** Where the labels came from and how the model was trained, for the reader of the data file. */
  about: string;
  verifier: LinearScorer & { threshold: number };
  adder: { threshold: number; skills: Readonly<Record<string, LinearScorer>> };
};
