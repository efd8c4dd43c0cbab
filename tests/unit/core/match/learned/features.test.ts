import { describe, expect, it } from 'vitest';
import { contextFeatures } from '../../../../../src/core/match/learned/features';

describe("the advert's features for the learned model", () => {
  it("reads the first words of the criterion's heading and the professions its title names", () => {
    const features = contextFeatures({ title: 'Band 5 Staff Nurse', category: 'Essential Experience of:' });
    expect(features).toEqual(expect.arrayContaining(['h:essential', 'h:experience', 'h:of', 'p:nursing']));
    expect(features.filter((f) => f.startsWith('h:'))).toHaveLength(3);
  });

  it('says when there is no heading or no profession, so the model can weigh their absence', () => {
    expect(contextFeatures({})).toEqual(['h:-', 'p:-']);
    expect(contextFeatures({ title: 'Project Support Officer', category: null })).toContain('h:-');
  });

  it('reads a number in the heading as a number, whatever its digits', () => {
    expect(contextFeatures({ category: '2 years' })).toContain('h:#');
  });
});
