import { describe, expect, it } from 'vitest';
import {
  isRequirement,
  requirementChance,
  type RequirementModel,
} from '../../../../../src/core/extract/free-text/requirement-scorer';

const model = (weights: Record<string, number>, bias = -2): RequirementModel => ({
  about: 'written for this test',
  scorer: { bias, weights },
  keepAbove: 0.2,
  addAbove: 0.6,
});

describe('the learned requirement scorer', () => {
  it('adds the weights of the words and word pairs a sentence has, once each', () => {
    const asks = model({ 'w:experience': 2, 'b:experience_of': 2 });
    expect(requirementChance('Experience of phlebotomy', asks)).toBeCloseTo(1 / (1 + Math.exp(-2)), 5);
    expect(requirementChance('Experience, experience of phlebotomy and experience of audit', asks)).toBeCloseTo(
      1 / (1 + Math.exp(-2)),
      5,
    );
    expect(requirementChance('Free parking on site', asks)).toBeCloseTo(1 / (1 + Math.exp(2)), 5);
  });

  it('keeps what the rules read unless the chance is low, and adds what they missed only when it is high', () => {
    const thresholds = model({});
    expect(isRequirement(true, 0.3, thresholds)).toBe(true);
    expect(isRequirement(true, 0.1, thresholds)).toBe(false);
    expect(isRequirement(false, 0.5, thresholds)).toBe(false);
    expect(isRequirement(false, 0.7, thresholds)).toBe(true);
  });

  it('as shipped, tells a requirement from the employer’s pitch, duties and offer', () => {
    for (const asked of [
      'Previous experience of working with adults with learning disabilities.',
      'Good organisational skills and the ability to prioritise a varied workload.',
      'Candidates should be committed to continuing professional development.',
    ])
      expect(requirementChance(asked)).toBeGreaterThan(0.6);
    for (const told of [
      'We offer free parking, a staff gym and a generous pension.',
      'The ward is a busy 28-bedded surgical unit with a friendly team.',
      'You will be responsible for the day to day running of the clinic.',
    ])
      expect(requirementChance(told)).toBeLessThan(0.2);
  });
});
