import type { LinearScorer } from '../../model/linear-scorer';
import data from './requirement-model.json';
import { rememberedPer } from '../../text/remembered';
import { sentenceChance } from './sentence-chance';

/**
 * The learned half of reading running prose: how likely a sentence is to ask something of the applicant,
 * learned from the labelled adverts (tests/eval/learn/train-sentences.ts) where the hand rules of
 * requirement-sentence stopped generalising. Shipped as data.
 */
export type RequirementModel = {
  about: string;
  scorer: LinearScorer;
  /** A sentence the rules read as a requirement is dropped below this. */
  keepAbove: number;
  /** A sentence the rules pass over is read as a requirement above this. */
  addAbove: number;
};

export const REQUIREMENT_MODEL: RequirementModel = data;

// The reader asks about one text more than once (a list's items as each line of it is reached, a clause and its
// sentence): the last few hundred answers are kept, per scorer.
const CACHE_SIZE = 512;
const chanceOf = rememberedPer(CACHE_SIZE, sentenceChance);

/** The sentence's chance of being a requirement of the applicant. */
export const requirementChance = (sentence: string, model: RequirementModel = REQUIREMENT_MODEL): number =>
  chanceOf(model.scorer, sentence);

/** Whether a sentence is a requirement, given what the hand rules say and its learned chance. */
export const isRequirement = (byRules: boolean, chance: number, model: RequirementModel = REQUIREMENT_MODEL) =>
  byRules ? chance >= model.keepAbove : chance > model.addAbove;

/**
 * An item of a list under a lead-in is kept unless its chance is this low: short items score lower than the
 * sentences the scorer learned from, so the bar is under `keepAbove` (items of 8 words or more only; validation
 * P/R 92.6/90.9 -> 93.6/90.8).
 */
const LIST_ITEM_KEEP_ABOVE = 0.1;

export const keepsListItem = (chance: number): boolean => chance >= LIST_ITEM_KEEP_ABOVE;
