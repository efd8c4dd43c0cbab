import type { Token } from '../../text/tokenise';
import { phraseAt } from '../phrase-finder';

/**
 * How far the nearest of the phrases lies from tokens [start, end) inside [from, to): the words between
 * them, -1 when one overlaps the span, Infinity when none is there. `skip` passes over an occurrence
 * (a word that only looks like a cue).
 */
export function nearestGap(
  tokens: readonly Token[],
  phrases: readonly (readonly string[])[],
  start: number,
  end: number,
  from: number,
  to: number,
  skip: (at: number) => boolean = () => false,
): number {
  let best = Infinity;
  for (const phrase of phrases) {
    for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
      if (skip(i) || !phraseAt(tokens, i, phrase)) continue;
      const last = i + phrase.length;
      const gap = last <= start ? start - last : i >= end ? i - end : -1;
      best = Math.min(best, gap);
    }
  }
  return best;
}

/**
 * A specialty named in a clause that asks for experience and also names a course belongs to the nearer
 * of the two: "experience of stroke rehabilitation and a certificate in wound care"
 * asks experience of the first and a course in the second. The words that rule a phrase out (`unless`)
 * do so only when they are at least as near to it as the nearest experience cue (`cueGap`).
 */
export function ruledOutByNearer(unlessGap: number, cueGap: number): boolean {
  return unlessGap !== Infinity && unlessGap <= cueGap;
}
