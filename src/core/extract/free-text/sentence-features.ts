import { requirementForm } from './requirement-sentence';

const WORDS = /[\p{L}\p{N}]+/gu;
// The same words, found faster, in the usual sentence written in ASCII alone.
const ASCII_WORDS = /[a-z0-9]+/g;
const NOT_ASCII = /[\u0080-\uffff]/;
/** Longer sentences share a bucket: length says little past a few dozen words. */
const LENGTH_BUCKETS = 6;

/** A sentence's words in lower case, accented and compatibility characters in their usual forms. */
export function sentenceWords(sentence: string): string[] {
  const lower = sentence.toLowerCase();
  return (NOT_ASCII.test(lower) ? lower.normalize('NFKC').match(WORDS) : lower.match(ASCII_WORDS)) ?? [];
}

/** The features that are not a word or a word pair: the opening, the rules' form, the length. */
export const sentenceShape = (sentence: string, words: readonly string[]): string[] => [
  `s:${words[0] ?? ''}_${words[1] ?? ''}`,
  `f:${requirementForm(sentence) ?? 'none'}`,
  `len:${Math.min(LENGTH_BUCKETS, Math.floor(words.length / 6))}`,
];

/**
 * What the learned requirement scorer sees of one sentence (the same for training and reading): its words,
 * its word pairs, its first two words, the form of requirement the hand rules find in it, and its length.
 */
export function sentenceFeatures(sentence: string): Set<string> {
  const words = sentenceWords(sentence);
  const features = new Set<string>();
  let previous = '';
  for (const word of words) {
    features.add(`w:${word}`);
    if (previous) features.add(`b:${previous}_${word}`);
    previous = word;
  }
  for (const feature of sentenceShape(sentence, words)) features.add(feature);
  return features;
}
