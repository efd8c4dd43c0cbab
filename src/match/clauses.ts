import type { Token } from './tokenise';

export type TokenScopes = {
  /** Sentence or bullet the token belongs to: qualifiers and negation never cross it. */
  clause: Int32Array;
  /** Comma-separated part of a clause: the reach of a trailing "not required". */
  segment: Int32Array;
};

const CLAUSE_BREAK = /[.;:!?\n\r•·▪●◦]|\s[-–—]\s|^\s*[-–—*]\s/;
const SEGMENT_BREAK = /[,()[\]/]/;

/** Numbers each token's clause and segment from the characters between consecutive tokens. */
export function scopeTokens(text: string, tokens: readonly Token[]): TokenScopes {
  const clause = new Int32Array(tokens.length);
  const segment = new Int32Array(tokens.length);
  let c = 0;
  let s = 0;
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (CLAUSE_BREAK.test(gap)) {
      c++;
      s++;
    } else if (SEGMENT_BREAK.test(gap) || tokens[i]!.norm === 'but') s++;
    clause[i] = c;
    segment[i] = s;
  }
  return { clause, segment };
}
