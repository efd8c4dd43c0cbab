import { describe, expect, it } from 'vitest';
import { ANALYSIS_BUDGET } from '../../../../src/core/pipeline/analysis-budget';
import { analysePage } from '../../../../src/core/pipeline/analyse-page';
import { analysedSpecSchema } from '../../../../src/core/model/analysed-spec';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../../support/parse-html';

const NHS = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001');
const TRUST = new URL('https://careers.example.org/vacancy/7');
const SENTENCE = 'Experience of clinical audit and current NMC registration. ';
const analyse = (html: string, url = NHS) => analysePage(parseHtml(html), url, defaultMatcher()).analysed;

describe('analysing a very large page', () => {
  it('analyses a normal advert in full, with no limits', () => {
    const analysed = analyse(
      buildAdvert({ categories: [{ label: 'Skills', essential: [SENTENCE, SENTENCE], desirable: [] }] }),
    );
    expect(analysed.criteria).toHaveLength(2);
    expect(analysed.limits).toBeUndefined();
  });

  it('analyses only the first criteria of a page with thousands, and says so', () => {
    const essential = Array.from({ length: 1_000 }, (_, i) => `${i}: ${SENTENCE}`);
    const analysed = analyse(
      buildAdvert({ categories: [{ label: 'Skills', essential, desirable: [] }], singleCopy: true }),
    );
    expect(analysed.criteria).toHaveLength(ANALYSIS_BUDGET.maxCriteria);
    expect(analysed.criteria[0]!.text).toBe(essential[0]!.trim());
    expect(analysed.limits).toMatchObject({ criteriaFound: 1_000, criteriaAnalysed: ANALYSIS_BUDGET.maxCriteria });
    expect(analysedSpecSchema.safeParse(analysed).success).toBe(true);
  });

  it('reads one enormous criterion only so far and checks its start', () => {
    const analysed = analyse(
      buildAdvert({
        categories: [{ label: 'Skills', essential: [SENTENCE.repeat(4_000)], desirable: [] }],
        singleCopy: true,
      }),
    );
    expect(analysed.criteria[0]!.text.length).toBeLessThanOrEqual(ANALYSIS_BUDGET.maxCriterionChars);
    expect(analysed.criteria[0]!.hits.length).toBeGreaterThan(0);
    expect(analysed.limits).toMatchObject({ criteriaShortened: 1, pageCut: true });
  });

  it('reads the free text of an enormous page only so far', () => {
    const items = Array.from({ length: 5_000 }, (_, i) => `<li>${i}: ${SENTENCE}</li>`).join('');
    const analysed = analyse(
      `<main><h1>Staff Nurse</h1><h2>Person specification</h2><h3>Essential</h3><ul>${items}</ul></main>`,
      TRUST,
    );
    expect(analysed.criteria.length).toBeGreaterThan(0);
    expect(analysed.criteria.reduce((n, c) => n + c.text.length, 0)).toBeLessThanOrEqual(ANALYSIS_BUDGET.maxTotalChars);
    expect(analysed.limits?.pageCut).toBe(true);
  });
});
