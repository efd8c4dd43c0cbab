import { requirementForm } from './requirement-sentence';

const WORDS = /[\p{L}\p{N}]+/gu;
// The same words, found faster, in the usual sentence written in ASCII alone.
const ASCII_WORDS = /[a-z0-9]+/g;
const NOT_ASCII = /[\u0080-\uffff]/;
/** Longer sentences share a bucket: length says little past a few dozen words. */
const LENGTH_BUCKETS = 6;

/**
 * What the learned requirement scorer sees of one sentence (the same for training and reading): its words,
 * its word pairs, its first two words, the form of requirement the hand rules find in it, and its length.
 */
export function sentenceFeatures(sentence: string): Set<string> {
  const lower = sentence.toLowerCase();
  const words = (NOT_ASCII.test(lower) ? lower.normalize('NFKC').match(WORDS) : lower.match(ASCII_WORDS)) ?? [];
  const features = new Set<string>();
  let previous = '';
  for (const word of words) {
    features.add(`w:${word}`);
    if (previous) features.add(`b:${previous}_${word}`);
    previous = word;
  }
  features.add(`s:${words[0] ?? ''}_${words[1] ?? ''}`);
  features.add(`f:${requirementForm(sentence) ?? 'none'}`);
  features.add(`len:${Math.min(LENGTH_BUCKETS, Math.floor(words.length / 6))}`);
  return features;
}
