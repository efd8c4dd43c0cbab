import { describe, expect, it } from 'vitest';
import { capSpec } from '../../../../src/core/pipeline/cap-spec';
import { ANALYSIS_BUDGET } from '../../../../src/core/pipeline/analysis-budget';
import { specOf } from '../../support/spec-of';

const spec = (texts: string[]) => specOf(texts, { title: 'Nurse' });
const budget = { ...ANALYSIS_BUDGET, readLimit: 100, maxCriteria: 3, maxCriterionChars: 20, maxTotalChars: 45 };

describe('capSpec', () => {
  it('leaves a specification within the budget as it is, with no limits', () => {
    const within = spec(['Clinical audit', 'NMC registration']);
    expect(capSpec(within, false, budget)).toEqual({ spec: within, limits: null });
  });

  it('keeps the first criteria in page order up to the count and the total', () => {
    const many = capSpec(spec(['a', 'b', 'c', 'd', 'e']), false, budget);
    expect(many.spec.criteria.map((c) => c.text)).toEqual(['a', 'b', 'c']);
    expect(many.limits).toMatchObject({ criteriaFound: 5, criteriaAnalysed: 3, criteriaShortened: 0, pageCut: false });

    const long = capSpec(spec(['x'.repeat(20), 'y'.repeat(20), 'z'.repeat(20)]), false, budget);
    expect(long.spec.criteria).toHaveLength(2);
    expect(long.limits?.criteriaAnalysed).toBe(2);
  });

  it('cuts a long criterion at a word, as the start of its text', () => {
    const text = 'Experience of clinical audit and governance in acute care';
    const { spec: capped, limits } = capSpec(spec([text]), false, budget);
    expect(capped.criteria[0]!.text).toBe('Experience of');
    expect(text.startsWith(capped.criteria[0]!.text)).toBe(true);
    expect(limits).toMatchObject({ criteriaShortened: 1, criterionChars: 20 });
    // No space to cut at: the first characters.
    expect(capSpec(spec(['x'.repeat(30)]), false, budget).spec.criteria[0]!.text).toBe('x'.repeat(20));
  });

  it('reports a page that was only partly read even when every criterion fits', () => {
    expect(capSpec(spec(['Clinical audit']), true, { ...budget, readLimit: 100_000 }).limits).toEqual({
      criteriaFound: 1,
      criteriaAnalysed: 1,
      criteriaShortened: 0,
      criterionChars: 20,
      pageCut: true,
      readChars: 100_000,
    });
  });

  it('counts criteria the extraction found but did not read among those found', () => {
    expect(capSpec(spec(['a', 'b']), false, budget, 7).limits).toMatchObject({
      criteriaFound: 9,
      criteriaAnalysed: 2,
    });
  });
});
