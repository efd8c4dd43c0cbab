import type { LinearScorer } from '../../model/linear-scorer';
import { sentenceShape, sentenceWords } from './sentence-features';

/** A scorer's weights for sentences, by word and by word pair, so a sentence is scored without naming its features. */
type SentenceWeights = {
  words: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
  rest: Map<string, number>;
};

const weightsBy = new WeakMap<LinearScorer, SentenceWeights>();

function sentenceWeights(scorer: LinearScorer): SentenceWeights {
  let weights = weightsBy.get(scorer);
  if (weights) return weights;
  weights = { words: new Map(), pairs: new Map(), rest: new Map() };
  for (const [feature, weight] of Object.entries(scorer.weights)) {
    // Words hold letters and digits only, so a pair's '_' is where its two words meet.
    const pair = feature.startsWith('b:') ? feature.slice(2).split('_') : null;
    if (feature.startsWith('w:')) weights.words.set(feature.slice(2), weight);
    else if (pair?.length === 2) {
      const after = weights.pairs.get(pair[0]!) ?? new Map<string, number>();
      weights.pairs.set(pair[0]!, after.set(pair[1]!, weight));
    } else weights.rest.set(feature, weight);
  }
  weightsBy.set(scorer, weights);
  return weights;
}

/**
 * The scorer's chance for a sentence: `probability(scorer, sentenceFeatures(sentence))` to the last bit (each
 * weight added once, in the same order), without a string made for every word and word pair it has no weight for.
 */
export function sentenceChance(scorer: LinearScorer, sentence: string): number {
  const { words: wordWeight, pairs, rest } = sentenceWeights(scorer);
  const words = sentenceWords(sentence);
  const seen = new Set<string>();
  let z = scorer.bias;
  let previous = '';
  for (const word of words) {
    const weight = wordWeight.get(word);
    if (weight !== undefined && !seen.has(word)) {
      seen.add(word);
      z += weight;
    }
    const pairWeight = previous ? pairs.get(previous)?.get(word) : undefined;
    if (pairWeight !== undefined && !seen.has(`${previous}_${word}`)) {
      seen.add(`${previous}_${word}`);
      z += pairWeight;
    }
    previous = word;
  }
  for (const feature of sentenceShape(sentence, words)) z += rest.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
