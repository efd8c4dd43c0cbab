import type { Token } from '../text/tokenise';
import type { Candidate } from './find-candidates';

/**
 * A skill read from the shape of the sentence rather than from a taxonomy phrase (an experience object, an item
 * under a lead-in, a bare duration): tokens [start, end) as written, explained in whole by `explain`.
 */
export function readCandidate(
  tokens: readonly Token[],
  [start, end]: readonly [number, number],
  skillId: string,
  explain: (variant: string) => string,
): Candidate {
  const variant = tokens
    .slice(start, end)
    .map((t) => t.raw)
    .join(' ');
  const rule = { skillId, needs: null, unless: null, window: 0, cueKind: null };
  const terminal = { rule, skillId, variant, length: 0, exactCase: null, wordLike: false };
  return { start, end, terminal, cue: -1, cueLength: 0, explanation: explain(variant) };
}
