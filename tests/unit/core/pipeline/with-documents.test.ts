import { describe, expect, it } from 'vitest';
import { withDocuments } from '../../../../src/core/pipeline/with-documents';
import { analysePage } from '../../../../src/core/pipeline/analyse-page';
import type { Criterion } from '../../../../src/core/model/criterion';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../../support/parse-html';

describe('a page analysis with attached documents', () => {
  it('adds the documents’ criteria once, each matched against the taxonomy', () => {
    const matcher = defaultMatcher();
    const doc = parseHtml(
      buildAdvert({
        categories: [{ label: 'Qualifications', essential: ['Current NMC registration'], desirable: [] }],
      }),
    );
    const page = analysePage(doc, new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0500'), matcher);
    const fromDocument: Criterion[] = [
      {
        id: 'doc-a-1',
        category: 'Qualifications',
        level: 'essential',
        text: 'Current NMC registration.',
        assessedBy: ['application'],
        source: { kind: 'document', name: 'JD.pdf' },
      },
      {
        id: 'doc-a-2',
        category: 'Skills',
        level: 'essential',
        text: 'Experience of clinical audit',
        source: { kind: 'document', name: 'JD.pdf' },
      },
    ];
    const merged = withDocuments(page.analysed, new Map([['https://www.jobs.nhs.uk/jd.pdf', fromDocument]]), matcher);
    expect(merged.criteria.map((c) => [c.id, c.assessedBy, c.source?.kind])).toEqual([
      ['essential_skill_1_criteria_1', ['application'], 'page'],
      ['doc-a-2', undefined, 'document'],
    ]);
    expect(merged.criteria[1]!.hits.map((h) => h.skillId)).toContain('gov-clinical-audit');
    expect(withDocuments(page.analysed, new Map(), matcher)).toBe(page.analysed);
  });

  it('says of each linked document how many criteria were read from it', () => {
    const matcher = defaultMatcher();
    const doc = parseHtml(
      buildAdvert({ categories: [{ label: 'Skills', essential: ['Clinical audit'], desirable: [] }] }),
    );
    const read = analysePage(doc, new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0501'), matcher);
    const links = [
      { name: 'JD', url: 'https://www.jobs.nhs.uk/jd.pdf' },
      { name: 'Other', url: 'https://www.jobs.nhs.uk/other.pdf' },
    ];
    const page = { ...read, analysed: { ...read.analysed, documents: links } };
    const criteria: Criterion[] = [
      {
        id: 'doc-1',
        category: null,
        level: 'essential',
        text: 'Clinical audit',
        source: { kind: 'document', name: 'JD' },
      },
    ];
    const merged = withDocuments(page.analysed, new Map([['https://www.jobs.nhs.uk/jd.pdf', criteria]]), matcher);
    expect(merged.documents).toEqual([{ ...links[0], criteriaRead: 1 }, links[1]]);
    expect(merged.criteria).toHaveLength(1);
  });
});
