import { describe, expect, it } from 'vitest';
import { readElementText } from '../../../../src/core/dom/element-text';
import { extractPersonSpec } from '../../../../src/core/extract/extract';
import advert from '../../../fixtures/trac/advert.html?raw';
import freeText from '../../../fixtures/trac/advert-free-text.html?raw';
import { parseHtml } from '../../support/parse-html';

const HJUK = new URL(
  'https://www.healthjobsuk.com/job/UK/Devon/Exeter/Riverside_Partnership_Trust/Physiotherapy/Band_6_Physiotherapist-v9000001?hjs=1',
);

describe('Trac boards (HealthJobsUK, nhsjobs.com)', () => {
  it('reads h4 categories, h5 levels and list items, with the assessment method written after a criterion', () => {
    const { spec } = extractPersonSpec(parseHtml(advert), HJUK);
    expect(spec.criteria.map((c) => [c.category, c.level, c.text, c.assessedBy])).toEqual([
      ['Qualifications', 'essential', 'Degree in physiotherapy', undefined],
      ['Qualifications', 'essential', 'HCPC registration', ['application']],
      [
        'Qualifications',
        'desirable',
        'Post-graduate training in musculoskeletal assessment',
        ['application', 'interview'],
      ],
      [
        'Experience',
        'essential',
        'Post-registration experience of musculoskeletal outpatients',
        ['application', 'interview'],
      ],
      ['Skills and abilities', 'essential', 'Excellent communication skills', undefined],
      ['Skills and abilities', 'desirable', 'Experience of running exercise classes', undefined],
    ]);
  });

  it('reads the summary list and the supporting documents', () => {
    const { spec } = extractPersonSpec(parseHtml(advert), HJUK);
    expect(spec).toMatchObject({
      site: 'trac',
      pageKind: 'advert',
      url: 'https://www.healthjobsuk.com/job/UK/Devon/Exeter/Riverside_Partnership_Trust/Physiotherapy/Band_6_Physiotherapist-v9000001',
      title: 'Band 6 Physiotherapist - Musculoskeletal Outpatients',
      employer: 'Riverside Partnership NHS Trust',
      band: 'Band 6',
      closingDate: '2027-03-14',
      reference: '123-AHP-4567',
      salary: '£37,338 - £44,962 a year',
      documents: [
        {
          name: 'Job description and person specification',
          url: 'https://www.healthjobsuk.com/docs/physio-b6-job-description.pdf',
        },
      ],
    });
  });

  it('highlights only the criterion, not the method written after it', () => {
    const { spec, anchors, spans } = extractPersonSpec(parseHtml(advert), HJUK);
    const hcpc = spec.criteria.find((c) => c.text === 'HCPC registration')!;
    const span = spans!.get(hcpc.id)!;
    expect(readElementText(anchors.get(hcpc.id)![0]!).text.slice(span.start, span.end)).toBe('HCPC registration');
  });

  it('falls back to free text when the requirements section is missing, keeping the summary', () => {
    const { spec, layouts } = extractPersonSpec(
      parseHtml(freeText),
      new URL('https://www.nhsjobs.com/job/UK/Kent/Westbay/Westbay_Hospitals/Admin/Medical_Secretary-v900002'),
    );
    expect(spec).toMatchObject({
      site: 'trac',
      band: 'Band 4',
      employer: 'Westbay Hospitals NHS Trust',
      closingDate: '2027-04-02',
    });
    expect(layouts).toEqual(['labels']);
    expect(spec.criteria.map((c) => [c.level, c.text])).toEqual([
      ['essential', 'RSA Level 3 typing or equivalent'],
      ['essential', 'Knowledge of medical terminology'],
      ['desirable', 'AMSPAR medical secretary diploma'],
    ]);
  });
});
