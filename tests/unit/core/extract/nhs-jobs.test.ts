import { describe, expect, it } from 'vitest';
import { readBudget } from '../../../../src/core/dom/read-budget';
import { finish } from '../../../../src/core/dom/steps';
import { extractPersonSpec } from '../../../../src/core/extract/extract';
import { nhsJobs } from '../../../../src/core/extract/sites/nhs-jobs';
import { buildAdvert, type FixtureAdvert } from '../../../fixtures/nhs-jobs/build-advert';
import advertWithoutSpec from '../../../fixtures/nhs-jobs/advert-without-spec.html?raw';
import searchResults from '../../../fixtures/nhs-jobs/search-results.html?raw';
import { parseHtml } from '../../support/parse-html';

const ADVERT_URL = new URL(
  'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001?keyword=nurse&language=en&page=2',
);
const extract = (advert: FixtureAdvert, url = ADVERT_URL) => extractPersonSpec(parseHtml(buildAdvert(advert)), url);

const NURSE: FixtureAdvert = {
  categories: [
    {
      label: 'Qualifications',
      essential: ['Current NMC registration', 'Degree in nursing'],
      desirable: ['Mentorship qualification'],
    },
    { label: 'Experience', essential: ['Acute ward experience'], desirable: [] },
  ],
};

describe('NHS Jobs adapter', () => {
  it('reads each criterion once although the block is on the page twice, keeping both copies as anchors', () => {
    const { spec, anchors } = extract(NURSE);
    expect(spec.criteria.map((c) => [c.id, c.category, c.level, c.text])).toEqual([
      ['essential_skill_1_criteria_1', 'Qualifications', 'essential', 'Current NMC registration'],
      ['essential_skill_1_criteria_2', 'Qualifications', 'essential', 'Degree in nursing'],
      ['desirable_skill_1_criteria_1', 'Qualifications', 'desirable', 'Mentorship qualification'],
      ['essential_skill_2_criteria_1', 'Experience', 'essential', 'Acute ward experience'],
    ]);
    expect(anchors.get('essential_skill_1_criteria_1')).toHaveLength(2);
  });

  it('reads a long specification in steps, and the steps read what one go reads', () => {
    const many: FixtureAdvert = {
      categories: Array.from({ length: 30 }, (_, n) => ({
        label: `Category ${n}`,
        essential: Array.from({ length: 5 }, (_, k) => `Essential point ${n}.${k}`),
        desirable: [`Desirable point ${n}`],
      })),
    };
    const doc = parseHtml(buildAdvert(many));
    const steps = nhsJobs.extract(doc, ADVERT_URL, readBudget());
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // 180 criteria, twice on the page: 360 items, a pause every 25.
    expect(pauses).toBe(14);
    const inOneGo = finish(nhsJobs.extract(doc, ADVERT_URL, readBudget()));
    expect(step.value.spec.criteria).toEqual(inOneGo.spec.criteria);
    expect(step.value.spec.criteria).toHaveLength(180);
  });

  it('reads only the criteria an analysis will use and counts the rest, keeping both copies of those read', () => {
    const { spec, anchors, unread } = extractPersonSpec(
      parseHtml(buildAdvert(NURSE)),
      ADVERT_URL,
      readBudget({ criteria: 2 }),
    );
    expect(spec.criteria.map((c) => c.text)).toEqual(['Current NMC registration', 'Degree in nursing']);
    expect(unread).toBe(2);
    expect(anchors.get('essential_skill_1_criteria_2')).toHaveLength(2);
    expect(anchors.has('essential_skill_2_criteria_1')).toBe(false);
    expect(extract(NURSE).unread).toBeUndefined();
  });

  it('reads the advert details and a canonical address', () => {
    const { spec } = extract({
      ...NURSE,
      title: 'Staff Nurse',
      band: 'Band 5',
      closing: '01 September 2026',
      reference: 'C0000-26-0001',
    });
    expect(spec).toMatchObject({
      site: 'nhs-jobs',
      pageKind: 'advert',
      url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001',
      title: 'Staff Nurse',
      employer: 'Fixture NHS Foundation Trust',
      band: 'Band 5',
      closingDate: '2026-09-01',
      reference: 'C0000-26-0001',
      salary: '£29,970 to £36,483 a year',
    });
    expect(spec.postedDate).toBeUndefined();
  });

  it('reads the date the advert was posted, where the page gives it', () => {
    expect(extract({ ...NURSE, posted: '10 December 2026' }).spec.postedDate).toBe('2026-12-10');
    expect(extract({ ...NURSE, posted: 'not a date' }).spec.postedDate).toBeUndefined();
  });

  it('works on a Welsh page without reading any heading text', () => {
    const { spec } = extract({
      lang: 'cy',
      closing: '15 Ionawr 2027',
      categories: [{ label: 'Cymwysterau', essential: ['Cofrestriad NMC cyfredol'], desirable: ['Gradd Meistr'] }],
    });
    expect(spec.criteria.map((c) => [c.category, c.level])).toEqual([
      ['Cymwysterau', 'essential'],
      ['Cymwysterau', 'desirable'],
    ]);
    expect(spec.closingDate).toBe('2027-01-15');
  });

  it('handles categories with essentials only and employer-chosen names', () => {
    const { spec } = extract({
      categories: [
        { label: 'application form', essential: ['Shows how you meet the values'], desirable: [] },
        { label: 'Skills & knowledge (inc. IT)', essential: ['Good IT skills'], desirable: [] },
      ],
    });
    expect(spec.criteria.map((c) => c.category)).toEqual(['application form', 'Skills & knowledge (inc. IT)']);
    expect(spec.criteria.every((c) => c.level === 'essential')).toBe(true);
  });

  it('takes the level from the id when the mobile copy has no h4s, and tolerates a missing category heading', () => {
    const { spec } = extract({
      mobileHeadings: false,
      categories: [{ label: null, essential: ['Team player'], desirable: ['Driving licence'] }],
    });
    expect(spec.criteria.map((c) => [c.category, c.level])).toEqual([
      [null, 'essential'],
      [null, 'desirable'],
    ]);
  });

  it("takes a category's name from a later copy of its heading when the first copy is empty", () => {
    const html = `<h3 id="skill_category_1"></h3><h3 id="skill_category_1">Experience</h3>
      <ul><li id="essential_skill_1_criteria_1">Acute ward experience</li></ul>`;
    const { spec } = extractPersonSpec(parseHtml(html), ADVERT_URL);
    expect(spec.criteria.map((c) => [c.category, c.text])).toEqual([['Experience', 'Acute ward experience']]);
  });

  it('gives an empty specification, not an error, for an advert without one', () => {
    const { spec } = extractPersonSpec(parseHtml(advertWithoutSpec), ADVERT_URL);
    expect(spec.criteria).toEqual([]);
    expect(spec.pageKind).toBe('advert');
    expect(spec.title).toBe('Matron - Surgery');
    expect(spec.closingDate).toBe('2027-03-03');
  });

  it('recognises a search results page', () => {
    const url = new URL('https://www.jobs.nhs.uk/candidate/search/results?keyword=nurse');
    const { spec } = extractPersonSpec(parseHtml(searchResults), url);
    expect(spec.pageKind).toBe('search-results');
    expect(spec.criteria).toEqual([]);
  });

  it('gives an empty generic result for an unrelated page', () => {
    const { spec } = extractPersonSpec(parseHtml('<title>News</title><p>Hello</p>'), new URL('https://example.org/'));
    expect(spec).toMatchObject({ site: 'generic', pageKind: 'other', title: 'News', criteria: [] });
  });
});
