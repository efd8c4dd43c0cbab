import type { Token } from '../text/tokenise';
import { gapBefore } from '../text/gap-before';

export type TokenScopes = {
  /** Sentence or bullet the token belongs to: qualifiers, cues and negation never cross it. */
  clause: Int32Array;
  /** First token of the token's clause, and one past its last. */
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
  /** Comma-separated part of a clause: the reach of a trailing "not required". */
  segment: Int32Array;
  /**
   * 1 where a taxonomy phrase may not run on from the previous token: a sentence, list or slash break
   * (a line break only wraps a phrase).
   */
  phraseBreak: Uint8Array;
};

const CLAUSE_BREAK = /[.;:!?\n\r•·▪●◦]|\s[-–—]\s|^\s*[-–—*]\s/;
const SEGMENT_BREAK = /[,()[\]/]/;
/** "…the team. Working…" and "leadership/team leader" are not "team working" and "leadership team". */
const PHRASE_BREAK = /[.;:!?•·▪●◦/]/;

/** Numbers each token's clause and segment from the characters between consecutive tokens. */
export function scopeTokens(text: string, tokens: readonly Token[]): TokenScopes {
  const n = tokens.length;
  const clause = new Int32Array(n);
  const segment = new Int32Array(n);
  const phraseBreak = new Uint8Array(n);
  let c = 0;
  let s = 0;
  for (let i = 1; i < n; i++) {
    const gap = gapBefore(text, tokens, i);
    if (PHRASE_BREAK.test(gap) && !isDecimalPoint(gap, tokens[i - 1]!, tokens[i]!)) phraseBreak[i] = 1;
    if (CLAUSE_BREAK.test(gap) && !isDecimalPoint(gap, tokens[i - 1]!, tokens[i]!)) {
      c++;
      s++;
    } else if (SEGMENT_BREAK.test(gap) || tokens[i]!.norm === 'but') s++;
    clause[i] = c;
    segment[i] = s;
  }
  const clauseStart = new Int32Array(n);
  const clauseEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) clauseStart[i] = i > 0 && clause[i] === clause[i - 1] ? clauseStart[i - 1]! : i;
  for (let i = n - 1; i >= 0; i--) clauseEnd[i] = i < n - 1 && clause[i] === clause[i + 1] ? clauseEnd[i + 1]! : i + 1;
  return { clause, clauseStart, clauseEnd, segment, phraseBreak };
}

/** "1.5 years" and "ISO 9001:2015" stay in one clause. */
const isDecimalPoint = (gap: string, before: Token, after: Token) =>
  (gap === '.' || gap === ':') && /\d$/.test(before.raw) && /^\d/.test(after.raw);
