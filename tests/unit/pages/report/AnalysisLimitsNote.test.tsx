import { describe, expect, it } from 'vitest';
import { describeLimits } from '../../../../src/pages/report/AnalysisLimitsNote';

const base = {
  criteriaFound: 10,
  criteriaAnalysed: 10,
  criteriaShortened: 0,
  criterionChars: 5_000,
  pageCut: false,
  readChars: 100_000,
};

describe('describeLimits', () => {
  it('says which criteria were checked, which were shortened and that the page was cut', () => {
    expect(describeLimits({ ...base, criteriaFound: 2_500, criteriaAnalysed: 300 })).toBe(
      'This page is very large, so to keep it responsive the first 300 of its 2,500 criteria were checked.',
    );
    expect(describeLimits({ ...base, criteriaShortened: 1, pageCut: true })).toBe(
      'This page is very large, so to keep it responsive 1 very long criterion was checked up to its first 5,000 characters; text beyond the first 100,000 characters of a section was not read.',
    );
    expect(describeLimits({ ...base, criteriaShortened: 2 })).toContain(
      '2 very long criteria were checked up to their first 5,000 characters',
    );
  });
});
