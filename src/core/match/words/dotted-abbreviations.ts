import type { Vocabulary } from '../../taxonomy/vocabulary';
import { normaliseToken } from '../../text/normalise-token';
import { isLetters } from '../../text/letters';
import type { Token } from '../../text/tokenise';
import { gapBefore } from '../../text/gap-before';

/** The longest piece of a dotted abbreviation: "B.Sc", "M.Phil", "Dip.HE". */
const MAX_PIECE = 4;
/** Abbreviations of ordinary Latin ("e.g.", "p.a.", "a.m."), never a skill. */
const NOT_SKILLS = new Set(['eg', 'ie', 'nb', 'etc', 'pa', 'am', 'pm']);

/**
 * An abbreviation written with full stops ("I.T. skills", "B.Sc", "Diploma in O.T") is one word: its
 * letters run together, as the taxonomy writes it, where that word is one of the taxonomy's. Its stops
 * would otherwise end a sentence inside it. The word keeps its capitals (abbreviations are matched by
 * case) and covers the stops, a last one too after single letters ("I.T."), whose stops are all its own.
 */
export function joinDotted(text: string, tokens: readonly Token[], vocabulary: Vocabulary): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const last = dottedRunEnd(text, tokens, i);
    const joined = last > i ? joinedToken(text, tokens.slice(i, last + 1), vocabulary) : null;
    if (joined && !out) out = tokens.slice(0, i);
    if (joined) {
      out!.push(joined);
      i = last;
    } else if (out) out.push(tokens[i]!);
  }
  return out ?? (tokens as Token[]);
}

/** The last token of a run of short pieces joined by single full stops from token i (i itself when none). */
function dottedRunEnd(text: string, tokens: readonly Token[], i: number): number {
  let k = i;
  if (!isPiece(tokens[k]!)) return i;
  while (k + 1 < tokens.length && isPiece(tokens[k + 1]!) && gapBefore(text, tokens, k + 1) === '.') {
    k++;
  }
  return k;
}

const isPiece = (token: Token) => token.raw.length <= MAX_PIECE && isLetters(token.raw);

function joinedToken(text: string, run: readonly Token[], vocabulary: Vocabulary): Token | null {
  // One piece must be a single letter: "Band.Six" or "and.The" are words a stop was typed between.
  if (!run.some((t) => t.raw.length === 1)) return null;
  const raw = run.map((t) => t.raw).join('');
  const norm = normaliseToken(raw);
  if (NOT_SKILLS.has(norm) || !vocabulary.words.has(norm)) return null;
  const start = run[0]!.start;
  let end = run[run.length - 1]!.end;
  if (run.every((t) => t.raw.length === 1) && text[end] === '.') end++;
  return { raw, norm, start, end };
}
