import type { Matcher } from './compile';
import type { LearnedModel } from './learned-model';
import data from './learned-model.json';

/**
 * The model learned from the train split of the labelled adverts (tests/eval/learn/train-model.ts): it
 * names skills the rules missed from the criterion's words, and "Why?" names the words that weighed most.
 */
export const LEARNED_MODEL: LearnedModel = data;

/** The matcher with the learned model attached; returns it, changed. */
export function withLearnedModel(matcher: Matcher, model: LearnedModel = LEARNED_MODEL): Matcher {
  matcher.learned = model;
  return matcher;
}
