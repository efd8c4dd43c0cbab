import { findPhrases, phraseSet } from '../phrase-finder';
import type { Token } from '../../text/tokenise';

/**
 * Fixed phrases whose later words mean nothing alone: a "track record" is a history, not a record, so
 * its "record" neither rules a phrase out ("accurately", unless near records) nor cues one.
 */
const IDIOMS = phraseSet(['track record', 'track records', 'proven record', 'proven records']);

/** For each token, 1 when it is a later word of an idiom. */
export function idiomTokens(tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (const idiom of findPhrases(tokens, IDIOMS)) inside.fill(1, idiom.start + 1, idiom.end);
  return inside;
}
