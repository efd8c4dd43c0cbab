import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../../../src/core/taxonomy/compile';
import { withLearnedModel } from '../../../../../src/core/taxonomy/learned';
import type { LearnedModel } from '../../../../../src/core/taxonomy/learned-model';
import { TAXONOMY } from '../../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../../src/core/taxonomy/stop-phrases';

/** A model written for the test: "experience" followed by "in" names specialty experience. */
const model: LearnedModel = {
  about: 'test',
  verifier: { bias: 0, weights: {}, threshold: 0 },
  adder: {
    threshold: 0.5,
    skills: { 'exp-specialty': { bias: -2, weights: { 'u:experience': 1.5, 'b:experience_in': 1.5 } } },
  },
};
const ids = (text: string) =>
  matchText(withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES), model), text).map((h) => h.skillId);

/** Phrasings invented for the tests. */
describe('experience the post offers, for the learned adder', () => {
  it('adds no specialty experience on experience to be gained', () => {
    expect(ids('A chance to gain experience in a friendly team')).not.toContain('exp-specialty');
    expect(ids('Good for anyone hoping to develop new skills and experience in a busy unit')).not.toContain(
      'exp-specialty',
    );
  });

  it('still adds it on experience asked for', () => {
    expect(ids('Solid experience in a busy unit')).toContain('exp-specialty');
  });
});
