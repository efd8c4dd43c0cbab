import type { Token } from '../../text/tokenise';
import { inflectionKey } from '../../text/word-forms';

/**
 * Words after which a past form is an adjective or a passive, not the verb itself: an article or a
 * possessive ("a motivated team", "our trained staff"), a word of degree ("highly motivated") or a form
 * of "be" ("are permitted to work", "has been trained").
 */
const BEFORE_ADJECTIVE = new Set([
  'a',
  'an',
  'the',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'this',
  'these',
  'those',
  'highly',
  'very',
  'well',
  'extremely',
  'fully',
  'suitably',
  'appropriately',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
]);

/**
 * Past forms that say how a person was prepared ("A&E trained nurses", "degree educated staff"): an adjective
 * wherever no subject or form of "have" makes them the verb ("has trained staff", "who educated students").
 */
const PREPARED = new Set(['trained', 'educated']);
/**
 * Past forms that say how a person is disposed ("motivated staff", "an inspired team"): an adjective on the same
 * terms ("has motivated staff", "who inspired colleagues" are the verb).
 */
const DISPOSED = new Set(['motivated', 'inspired', 'empowered']);
const BEFORE_VERB = new Set(['have', 'has', 'had', 'having', 'who', 'i', 'we', 'they', 'he', 'she']);

const isAdjective = (tokens: readonly Token[], i: number, word: string): boolean =>
  PREPARED.has(word) || DISPOSED.has(word)
    ? i === 0 || !BEFORE_VERB.has(tokens[i - 1]!.norm)
    : i > 0 && BEFORE_ADJECTIVE.has(tokens[i - 1]!.norm);

/**
 * The readings of token `i` with its base verb left out where the past form cannot be that verb: "a
 * motivated team" is a team that is motivated, not motivating a team (leadership); "are permitted to
 * work" is no permit to work (health and safety). Spelling slips and other readings stay.
 */
export function withoutVerbReadingOfAdjective(tokens: readonly Token[], i: number, readings: string[]): string[] {
  const word = tokens[i]!.norm;
  if (!word.endsWith('ed') || !isAdjective(tokens, i, word)) return readings;
  const key = inflectionKey(word);
  return readings.filter((reading) => reading.length >= word.length || inflectionKey(reading) !== key);
}
