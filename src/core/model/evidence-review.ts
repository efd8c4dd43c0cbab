import type { EvidenceNote } from './profile';

export type NoteFields = Pick<EvidenceNote, 'situation' | 'action' | 'result'>;

/**
 * How an example reads to a shortlister: whether it tells the situation, the writer's own action and
 * the result, in the first person, with a result that can be measured, at a length they read, and
 * which NHS values it shows.
 */
export type EvidenceReview = {
  situation: boolean;
  action: boolean;
  result: boolean;
  /** The action is told with "I", not only "we" (or with no subject at all). */
  firstPerson: boolean;
  /** The result has a number, a before and after, a share or a time. */
  measurableResult: boolean;
  words: number;
  length: 'short' | 'within' | 'long';
  /** The NHS values the example names (the taxonomy's values skills, by id). */
  values: string[];
  /** Every other skill the example names, by id: what it could also evidence. */
  mentions: string[];
  /** The share of its words that are skill phrases (0–1): high for a list of keywords. */
  keywordShare: number;
};

/**
 * The words an example can run to. Under 50 words a situation, an action and a result with a measure
 * hardly fit (a sentence or two each); a 1,500-word statement shared by the 10–15 essential criteria
 * of a typical advert gives each about 100–150 words, so beyond 200 one example takes the room of two.
 */
export const EXAMPLE_WORDS = { min: 50, max: 200 } as const;

/** What a shortlister needs of an example to score it in full: the situation, their own action ("I"), the result. */
export const isComplete = (review: EvidenceReview): boolean =>
  review.situation && review.action && review.result && review.firstPerson;
