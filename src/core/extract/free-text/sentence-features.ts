import { requirementForm } from './requirement-sentence';

const WORDS = /[\p{L}\p{N}]+/gu;
/** Longer sentences share a bucket: length says little past a few dozen words. */
const LENGTH_BUCKETS = 6;

/**
 * What the learned requirement scorer sees of one sentence (the same for training and reading): its words,
 * its word pairs, its first two words, the form of requirement the hand rules find in it, and its length.
 */
export function sentenceFeatures(sentence: string): string[] {
  const words = sentence.toLowerCase().normalize('NFKC').match(WORDS) ?? [];
  const features = words.map((w) => `w:${w}`);
  for (let i = 0; i + 1 < words.length; i++) features.push(`b:${words[i]}_${words[i + 1]}`);
  features.push(`s:${words[0] ?? ''}_${words[1] ?? ''}`);
  features.push(`f:${requirementForm(sentence) ?? 'none'}`);
  features.push(`len:${Math.min(LENGTH_BUCKETS, Math.floor(words.length / 6))}`);
  return [...new Set(features)];
}
