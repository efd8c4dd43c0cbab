import { describe, expect, it } from 'vitest';
import { sentenceChance } from '../../../../../src/core/extract/free-text/sentence-chance';
import { sentenceFeatures } from '../../../../../src/core/extract/free-text/sentence-features';
import { REQUIREMENT_MODEL } from '../../../../../src/core/extract/free-text/requirement-scorer';
import { probability, type LinearScorer } from '../../../../../src/core/model/linear-scorer';

const SCORER: LinearScorer = {
  bias: -0.5,
  weights: { 'w:team': 0.75, 'w:you': 0.25, 'b:team_work': 1.5, 's:you_must': 0.5, 'f:applicant': 1, 'len:1': -0.25 },
};

describe('a sentence scored without naming its features', () => {
  it('counts a repeated word or word pair once, as the features do', () => {
    const sentence = 'You must enjoy team work and team work again.';
    expect(sentenceChance(SCORER, sentence)).toBe(probability(SCORER, sentenceFeatures(sentence)));
    // bias, team, you, team_work, the opening, the form, the length: each once.
    expect(sentenceChance(SCORER, sentence)).toBeCloseTo(
      1 / (1 + Math.exp(-(-0.5 + 0.75 + 0.25 + 1.5 + 0.5 + 1 - 0.25))),
    );
  });

  it('gives the shipped scorer’s chance to the last bit, accented words and all', () => {
    const { scorer } = REQUIREMENT_MODEL;
    for (const sentence of [
      'Experience of working in a busy acute setting is essential.',
      'We offer a friendly team and a café on site.',
      'Applicants must hold a full UK driving licence and have access to a car.',
    ])
      expect(sentenceChance(scorer, sentence)).toBe(probability(scorer, sentenceFeatures(sentence)));
  });
});
