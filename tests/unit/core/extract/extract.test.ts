import { describe, expect, it } from 'vitest';
import { extractPersonSpec } from '../../../../src/core/extract/extract';
import { findDocumentLinks } from '../../../../src/core/extract/documents/find-document-links';
import { buildAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../../support/parse-html';

const NHS_JOBS = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0400');

describe('the adapter chain', () => {
  it('passes an NHS Jobs advert without criteria ids on to the free-text parser, keeping its details', () => {
    const html = buildAdvert({ title: 'Band 3 Healthcare Assistant', band: 'Band 3', categories: [] }).replaceAll(
      'Duties of the post.',
      'Duties of the post.<br><br>Essential:<br>• Care Certificate<br>Desirable:<br>• NVQ Level 3 in Health and Social Care',
    );
    const { spec, anchors } = extractPersonSpec(parseHtml(html), NHS_JOBS);
    expect(spec).toMatchObject({
      site: 'nhs-jobs',
      title: 'Band 3 Healthcare Assistant',
      band: 'Band 3',
      pageKind: 'advert',
    });
    expect(spec.criteria.map((c) => [c.level, c.text])).toEqual([
      ['essential', 'Care Certificate'],
      ['desirable', 'NVQ Level 3 in Health and Social Care'],
    ]);
    // The job description is on the page twice (desktop and mobile): one criterion, two anchors.
    expect(anchors.get(spec.criteria[0]!.id)).toHaveLength(2);
  });

  it('keeps the NHS Jobs criterion ids and reads "Evidence:" as the assessment method', () => {
    const html = buildAdvert({
      categories: [
        { label: 'Experience', essential: ['Ward experience Evidence: Application form / Interview'], desirable: [] },
      ],
    });
    const { spec } = extractPersonSpec(parseHtml(html), NHS_JOBS);
    expect(spec.criteria).toEqual([
      {
        id: 'essential_skill_1_criteria_1',
        category: 'Experience',
        level: 'essential',
        text: 'Ward experience',
        assessedBy: ['application', 'interview'],
        source: { kind: 'page' },
      },
    ]);
  });
});

describe('attached documents', () => {
  const page = (links: string) => parseHtml(`<main><h1>Advert</h1>${links}</main>`);

  it('finds job description and person specification files, resolved against the page', () => {
    const doc = page(`
      <a href="/docs/JD%20Staff%20Nurse.pdf">Job description</a>
      <a href="https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0400/attachment/17">Person Specification.docx</a>
      <a href="/download?id=9" download>Person specification</a>
      <a href="/docs/JD%20Staff%20Nurse.pdf">Job description (again)</a>
      <a href="/candidate/jobadvert/C0000-26-0400/ats-direct-apply">Apply for this job</a>
      <a href="mailto:jobs@example.org">Email us the job description</a>
      <a href="/about">About us</a>`);
    expect(findDocumentLinks(doc, NHS_JOBS)).toEqual([
      { name: 'Job description', url: 'https://www.jobs.nhs.uk/docs/JD%20Staff%20Nurse.pdf' },
      {
        name: 'Person Specification.docx',
        url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0400/attachment/17',
      },
      { name: 'Person specification', url: 'https://www.jobs.nhs.uk/download?id=9' },
    ]);
  });
});
