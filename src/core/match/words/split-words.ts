import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';
import { readingsOf, type Vocabulary } from '../../taxonomy/vocabulary';
import { isLetters } from '../../text/letters';
import { gapBefore } from '../../text/gap-before';

/** Pieces shorter than this are too often words of their own ("the y", "a nd"). */
const MIN_PIECE = 2;

/**
 * One word written as two ("case load", "work force", "spread sheets"), read as the one word: where one of
 * the two is no taxonomy word and no reading of one, and the two run together make a taxonomy word. A word
 * outside the vocabulary can be part of no phrase as written, so its neighbour is the likelier half of a
 * word ("team work", both taxonomy words, is left alone: the taxonomy writes such pairs as phrases).
 */
export function joinSplitWords(text: string, tokens: readonly Token[], vocabulary: Vocabulary): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const joined = i + 1 < tokens.length ? joinedPair(text, tokens, i, vocabulary) : null;
    if (joined && !out) out = tokens.slice(0, i);
    if (joined) {
      out!.push(joined);
      i++;
    } else if (out) out.push(tokens[i]!);
  }
  return out ?? (tokens as Token[]);
}

function joinedPair(text: string, tokens: readonly Token[], i: number, vocabulary: Vocabulary): Token | null {
  const [first, second] = [tokens[i]!, tokens[i + 1]!];
  if (gapBefore(text, tokens, i + 1) !== ' ' || !isPiece(first) || !isPiece(second)) return null;
  if (known(first, vocabulary) && known(second, vocabulary)) return null;
  const raw = first.raw + second.raw;
  const norm = normaliseToken(raw);
  if (!vocabulary.words.has(norm)) return null;
  return { raw, norm, start: first.start, end: second.end };
}

const isPiece = (token: Token) => token.raw.length >= MIN_PIECE && isLetters(token.raw);

const known = (token: Token, vocabulary: Vocabulary) =>
  vocabulary.words.has(token.norm) || readingsOf(vocabulary, token.norm).length > 0;
