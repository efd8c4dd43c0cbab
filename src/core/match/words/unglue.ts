import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';
import { readingsOf, type Vocabulary } from '../../taxonomy/vocabulary';
import { hasLetter, isLetters } from '../../text/letters';
import { rememberedPer } from '../../text/remembered';

/** Short words that run into the next one in pasted text ("experienceto", "individualswho"). */
const FUNCTION_WORDS = new Set(
  'and as at by for from into is of or our the to with within you your are have has who will that this'.split(' '),
);
/** Short words that also begin longer words ("inexperienced", "another"), so they never start a split. */
const NOT_FIRST = new Set(['a', 'an', 'in', 'on', 'be', 'as', 'at', 'is', 'or']);
/** A taxonomy word found inside a run of lower-case letters has to be this long to be trusted as a word. */
const MIN_INNER_WORD = 6;
/** At either end of a run, a word outside the taxonomy is read apart when this long, a taxonomy word when this long. */
const MIN_EDGE_WORD = 6;
const MIN_EDGE_TAXONOMY_WORD = 4;
/** The taxonomy word that lets a run's ends be other words ("experienced" in "mustexperienced"). */
const MIN_EDGE_ANCHOR = 9;
const MIN_GLUED = 6;
const MAX_PIECES = 5;

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
  const parts = gluedPartsOf(vocabulary, raw);
  return (
    parts?.map(([a, b]) => {
      const piece = raw.slice(a, b);
      return { raw: piece, norm: normaliseToken(piece), start: token.start + a, end: token.start + b };
    }) ?? null
  );
}

// Most long words are no taxonomy word, and an advert repeats its words: each word's cut is worked out once.
const gluedPartsOf = rememberedPer(4096, (vocabulary: Vocabulary, raw: string) => gluedParts(raw, vocabulary));

/** Where a word that is no taxonomy word runs words together, as [start, end) pieces, or null. */
function gluedParts(raw: string, vocabulary: Vocabulary): Array<[number, number]> | null {
  if (readingsOf(vocabulary, normaliseToken(raw)).length > 0) return null;
  const inVocabulary = (piece: string) => vocabulary.words.has(normaliseToken(piece));
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (const part of raw.split(CASE_SEAM)) {
    const to = from + part.length;
    const inner = inVocabulary(part) ? null : splitRun(part.toLowerCase(), vocabulary);
    if (inner) for (const [a, b] of inner) parts.push([from + a, from + b]);
    else parts.push([from, to]);
    from = to;
  }
  if (parts.length < 2 || parts.length > MAX_PIECES) return null;
  const known = parts.some(([a, b]) => b - a >= 3 && vocabulary.words.has(normaliseToken(raw.slice(a, b))));
  return known ? parts : null;
}

/**
 * The cut of a lower-case run into taxonomy words of six letters or more and function words, the
 * longest first piece first ("trainingis" → "training is"), or null. Failing that, its first and last
 * pieces may be other words when a long taxonomy word anchors the cut ("seekingexperienced"): a
 * shorter anchor is too often the end of a longer word ("neurophysiological", "deliverables").
 */
function splitRun(word: string, vocabulary: Vocabulary): Array<[number, number]> | null {
  const plain = splitLower(word, vocabulary, MAX_PIECES, true, false);
  if (plain) return plain;
  const withEdges = splitLower(word, vocabulary, MAX_PIECES, true, true);
  const anchor = (piece: string) => piece.length >= MIN_EDGE_ANCHOR && vocabulary.words.has(normaliseToken(piece));
  return withEdges?.some(([a, b]) => anchor(word.slice(a, b))) ? withEdges : null;
}

function splitLower(
  word: string,
  vocabulary: Vocabulary,
  budget: number,
  first: boolean,
  edges: boolean,
  anchored = false,
): Array<[number, number]> | null {
  if (budget < 2) return null;
  const isWord = (w: string, minLength: number) =>
    w.length >= minLength && hasLetter(w) && vocabulary.words.has(normaliseToken(w));
  const plain = (w: string, leading: boolean) =>
    (FUNCTION_WORDS.has(w) && !(leading && NOT_FIRST.has(w))) || isWord(w, MIN_INNER_WORD);
  const edge = (w: string) => edges && (w.length >= MIN_EDGE_WORD || isWord(w, MIN_EDGE_TAXONOMY_WORD));
  for (let cut = word.length - 2; cut >= 2; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (!plain(head, first) && !(first && edge(head))) continue;
    const strongHead = isWord(head, MIN_INNER_WORD);
    const rest = () => splitLower(tail, vocabulary, budget - 1, false, edges, edges && (anchored || strongHead));
    const tailKnown = plain(tail, false) || edge(tail);
    if (tailKnown && (anchored || strongHead || isWord(tail, MIN_INNER_WORD))) {
      // An end that is another word only when nothing shorter reads it: "tohelp" is "to help".
      const inner = plain(tail, false) ? null : rest();
      return [[0, cut], ...(inner ?? [[0, tail.length]]).map(([a, b]): [number, number] => [cut + a, cut + b])];
    }
    const after = rest();
    if (after) return [[0, cut], ...after.map(([a, b]): [number, number] => [cut + a, cut + b])];
  }
  return null;
}
