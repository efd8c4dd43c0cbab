import { normaliseToken } from '../text/normalise-token';
import type { Token } from '../text/tokenise';
import { readingsOf, type Vocabulary } from '../taxonomy/vocabulary';
import { hasLetter, isLetters } from '../text/letters';

/** Short words that run into the next one in pasted text ("experienceto", "individualswho"). */
const FUNCTION_WORDS = new Set(
  'and as at by for from into is of or our the to with within you your are have has who will that this'.split(' '),
);
/** Short words that also begin longer words ("inexperienced", "another"), so they never start a split. */
const NOT_FIRST = new Set(['a', 'an', 'in', 'on', 'be', 'as', 'at', 'is', 'or']);
/** A taxonomy word found inside a run of lower-case letters has to be this long to be trusted as a word. */
const MIN_INNER_WORD = 6;
const MIN_GLUED = 6;
const MAX_PIECES = 4;

/** A lower-case letter then a capital ("experiencedRMN"), or capitals then two lower-case letters ("RMNwith"). */
const CASE_SEAM = /(?<=\p{Ll}\p{Ll})(?=\p{Lu})|(?<=\p{Lu}\p{Lu})(?=\p{Ll}\p{Ll})/u;

/**
 * Words the text ran together, read apart: "experiencedRMNwith" → "experienced RMN with",
 * "Registrationwith" → "Registration with". Only a word that is no taxonomy word and no inflection of
 * one is split, where the case changes or into taxonomy words and short function words ("PowerPoint",
 * "outstanding" and "international" stay whole); each piece keeps its offsets in the original text.
 */
export function unglue(tokens: readonly Token[], vocabulary: Vocabulary): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pieces = gluedPieces(token, vocabulary);
    if (pieces && !out) out = tokens.slice(0, i);
    if (out) out.push(...(pieces ?? [token]));
  }
  return out ?? (tokens as Token[]);
}

function gluedPieces(token: Token, vocabulary: Vocabulary): Token[] | null {
  const { raw, norm } = token;
  if (raw.length < MIN_GLUED || !isLetters(raw) || vocabulary.words.has(norm)) return null;
  if (readingsOf(vocabulary, norm).length > 0) return null;
  const inVocabulary = (piece: string) => vocabulary.words.has(normaliseToken(piece));
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const part of raw.split(CASE_SEAM)) {
    const to = from + part.length;
    const inner = inVocabulary(part) ? null : splitLower(part.toLowerCase(), vocabulary, MAX_PIECES, true);
    if (inner) for (const [a, b] of inner) parts.push([from + a, from + b]);
    else parts.push([from, to]);
    from = to;
  }
  if (parts.length < 2 || parts.length > MAX_PIECES) return null;
  const pieces = parts.map(([a, b]) => {
    const piece = raw.slice(a, b);
    return { raw: piece, norm: normaliseToken(piece), start: token.start + a, end: token.start + b };
  });
  return pieces.some((p) => p.raw.length >= 3 && vocabulary.words.has(p.norm)) ? pieces : null;
}

/**
 * The cut of a lower-case run into taxonomy words of six letters or more and function words, the
 * longest first piece first ("trainingis" → "training is"), or null.
 */
function splitLower(
  word: string,
  vocabulary: Vocabulary,
  budget: number,
  first: boolean,
): Array<[number, number]> | null {
  if (budget < 2) return null;
  const isWord = (w: string, minLength: number) =>
    w.length >= minLength && hasLetter(w) && vocabulary.words.has(normaliseToken(w));
  const known = (w: string, leading: boolean) =>
    (FUNCTION_WORDS.has(w) && !(leading && NOT_FIRST.has(w))) || isWord(w, MIN_INNER_WORD);
  for (let cut = word.length - 2; cut >= 2; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (!known(head, first)) continue;
    if (known(tail, false) && (isWord(head, MIN_INNER_WORD) || isWord(tail, MIN_INNER_WORD))) {
      return [
        [0, cut],
        [cut, word.length],
      ];
    }
    const rest = splitLower(tail, vocabulary, budget - 1, false);
    if (rest) return [[0, cut], ...rest.map(([a, b]): [number, number] => [cut + a, cut + b])];
  }
  return null;
}
