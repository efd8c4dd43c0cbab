import { describe, expect, it } from 'vitest';
import { readElementText } from '../../../../src/core/dom/element-text';
import { extractPersonSpec } from '../../../../src/core/extract/extract';
import { extractPosting } from '../../../../src/core/extract/sites/extract-posting';
import advert from '../../../fixtures/json-ld/advert.html?raw';
import graph from '../../../fixtures/json-ld/graph.html?raw';
import posting from '../../../fixtures/json-ld/posting.json';
import { parseHtml } from '../../support/parse-html';

const PAGE = new URL('https://careers.northfield.example.org/vacancy/0042');

describe('pages with a schema.org JobPosting', () => {
  it('reads the entity-escaped description as free text, and the posting details', () => {
    const { spec, layouts } = extractPersonSpec(parseHtml(advert), PAGE);
    expect(spec).toMatchObject({
      site: 'json-ld',
      pageKind: 'advert',
      title: 'Theatre Practitioner - Day Surgery',
      employer: 'Northfield General Hospital NHS Trust',
      band: 'Band 5',
      closingDate: '2027-02-07',
      reference: 'NGH-2027-0042',
      salary: '£29,970 to £36,483 a year',
    });
    expect(layouts).toEqual(['heading-lines']);
    expect(spec.criteria.map((c) => [c.category, c.level, c.text])).toEqual([
      ['Qualifications', 'essential', 'Registered Nurse or Operating Department Practitioner'],
      ['Qualifications', 'essential', 'Current NMC or HCPC registration'],
      ['Qualifications', 'desirable', 'Mentorship or practice assessor qualification'],
      ['Experience', 'essential', 'Scrub or anaesthetic experience in theatres'],
      ['Experience', 'desirable', 'Experience in day surgery'],
    ]);
  });

  it('anchors the criteria in the copy of the description the page shows', () => {
    const { spec, anchors, spans } = extractPersonSpec(parseHtml(advert), PAGE);
    for (const criterion of spec.criteria) {
      const span = spans!.get(criterion.id)!;
      expect(readElementText(anchors.get(criterion.id)![0]!).text.slice(span.start, span.end)).toBe(criterion.text);
    }
  });

  it('finds a JobPosting in an @graph after a broken block, with a description that is plain HTML', () => {
    const { spec, anchors } = extractPersonSpec(
      parseHtml(graph),
      new URL('https://careers.lakeside.example.org/jobs/77'),
    );
    expect(spec).toMatchObject({
      site: 'json-ld',
      title: 'Clinical Psychologist',
      band: 'Band 8a',
      closingDate: '2027-05-01',
    });
    expect(spec.criteria.map((c) => [c.level, c.text])).toEqual([
      ['essential', 'Doctorate in clinical psychology (or equivalent)'],
      ['essential', 'HCPC registration as a practitioner psychologist'],
      ['desirable', 'Training in EMDR'],
    ]);
    expect(anchors.size).toBe(0); // the page shows no copy to highlight
  });

  it('reads a bare record, as in a corpus, without a page', () => {
    const { spec } = extractPosting(parseHtml('<html></html>'), posting, new URL(posting.url), null);
    expect(spec.criteria).toHaveLength(5);
    expect(spec.title).toBe('Theatre Practitioner - Day Surgery');
  });

  it('reads the date posted when the record gives one as a date', () => {
    const read = (datePosted: unknown) =>
      extractPosting(parseHtml('<html></html>'), { ...posting, datePosted }, new URL(posting.url), null).spec;
    expect(read('2027-01-10T09:00:00Z').postedDate).toBe('2027-01-10');
    expect(read('last week').postedDate).toBeUndefined();
  });
});

describe('a JobPosting description with requirements in prose', () => {
  const record = (description: string) => ({
    '@type': 'JobPosting',
    title: 'Community Physiotherapist',
    description,
  });
  const read = (description: string) =>
    extractPosting(parseHtml('<html></html>'), record(description), PAGE, null).spec.criteria.map((c) => [
      c.level,
      c.text,
    ]);

  it('reads a sentence broken by a <br> as one requirement', () => {
    expect(
      read(
        '<p>Our team covers the north of the county.<br>Applicants must hold a degree in physiotherapy and<br>current HCPC registration.</p>',
      ),
    ).toEqual([['essential', 'Applicants must hold a degree in physiotherapy and current HCPC registration']]);
  });

  it('places a joined sentence on a page that shows the description', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(
      record('<p>You will need experience of working<br>with older adults.</p>'),
    )}</script></head><body><main><p>You will need experience of working<br>with older adults.</p></main></body></html>`;
    const { spec, anchors, spans } = extractPersonSpec(parseHtml(html), PAGE);
    expect(spec.criteria.map((c) => c.text)).toEqual(['You will need experience of working with older adults']);
    const criterion = spec.criteria[0]!;
    const span = spans!.get(criterion.id)!;
    expect(readElementText(anchors.get(criterion.id)![0]!).text.slice(span.start, span.end)).toBe(criterion.text);
  });
});
