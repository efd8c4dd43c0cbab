import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { PROFESSIONS } from '../../../fixtures/criteria';
import { evaluateMatcher } from '../../../eval/matcher/evaluate';

describe('the matcher on the labelled criteria', () => {
  const evaluation = evaluateMatcher(defaultMatcher(), PROFESSIONS, 'all');

  it('covers at least 400 criteria across at least 12 professions, with hard negatives', () => {
    expect(evaluation.criteria).toBeGreaterThanOrEqual(400);
    expect(evaluation.professions).toBeGreaterThanOrEqual(12);
    const negatives = PROFESSIONS.flatMap((p) => [...p.criteria, ...p.heldOut, ...p.unseen]).filter(
      ([, skills]) => skills.length === 0,
    );
    expect(negatives.length).toBeGreaterThanOrEqual(20);
  });

  it('holds the floor: precision ≥ 0.95 and recall ≥ 0.92', () => {
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.92);
  });
});
