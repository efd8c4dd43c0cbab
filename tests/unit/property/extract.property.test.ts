import { readBudget } from '../../../src/core/dom/read-budget';
import { finish } from '../../../src/core/dom/steps';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readElementText } from '../../../src/core/dom/element-text';
import { extractPersonSpec } from '../../../src/core/extract/extract';
import { nhsJobs } from '../../../src/core/extract/sites/nhs-jobs';
import { textRange } from '../../../src/content/highlight/text-range';
import { analysePage, type PageAnalysis } from '../../../src/core/pipeline/analyse-page';
import { analysedSpecSchema } from '../../../src/core/model/analysed-spec';
import { personSpecSchema } from '../../../src/core/model/person-spec';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../support/parse-html';
import { criterionText, freeTextPage, htmlPage } from './arbitraries';

const NHS_URL = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001');
const OTHER_URL = new URL('https://careers.example.org/vacancy/42');
const matcher = defaultMatcher();
/** What a reader sees of a string: whitespace runs as one space, trimmed. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const fixtureAdvert = fc.record({
  categories: fc.array(
    fc.record({
      label: fc.option(criterionText, { nil: null }),
      essential: fc.array(criterionText, { maxLength: 4 }),
      desirable: fc.array(criterionText, { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  mobileHeadings: fc.boolean(),
  singleCopy: fc.boolean(),
});

/** Puts a whole page into the live document: happy-dom Ranges misbehave in DOMParser documents. */
const intoDocument = (html: string) => {
  document.body.innerHTML = html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
  return document;
};

/**
 * The contract between extraction and highlighting: each criterion's text sits in each of its
 * anchors at its span, and each hit's offsets give back exactly its characters on the page.
 */
function expectHitsOnThePage({ analysed, anchors, spans }: PageAnalysis): number {
  let checked = 0;
  for (const criterion of analysed.criteria) {
    const offset = spans?.get(criterion.id)?.start ?? 0;
    for (const element of anchors.get(criterion.id) ?? []) {
      const text = readElementText(element);
      expect(text.text.slice(offset, offset + criterion.text.length)).toBe(criterion.text);
      for (const hit of criterion.hits) {
        const range = textRange(document, text, offset + hit.start, offset + hit.end);
        expect(range).not.toBeNull();
        expect(collapse(range!.toString())).toBe(collapse(hit.matchedText));
        checked++;
      }
    }
  }
  return checked;
}

describe('extractor properties (every adapter, through the pipeline)', { timeout: 60_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads any page, however broken, into a specification that passes the schema', () => {
    fc.assert(
      fc.property(fc.oneof(htmlPage, freeTextPage), fc.constantFrom(NHS_URL, OTHER_URL), (html, url) => {
        const { spec, anchors } = extractPersonSpec(parseHtml(html), url);
        const parsed = personSpecSchema.safeParse(spec);
        expect(parsed.success, parsed.error?.message).toBe(true);
        const ids = spec.criteria.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const criterion of spec.criteria) {
          expect(criterion.text.length).toBeGreaterThan(0);
          expect(anchors.get(criterion.id)?.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every criterion of a generated NHS Jobs advert once, in order, with its level and category', () => {
    fc.assert(
      fc.property(fixtureAdvert, (advert) => {
        const { spec } = finish(nhsJobs.extract(parseHtml(buildAdvert(advert)), NHS_URL, readBudget()));
        const written = advert.categories.flatMap((category) =>
          (['essential', 'desirable'] as const).flatMap((level) =>
            category[level].map((text) => ({
              level,
              text: collapse(text),
              category: category.label === null ? null : collapse(category.label) || null,
            })),
          ),
        );
        // Each criterion read is one written, in the same order: its text the written text or a part
        // of it (an assessment note or a level word at its end is read as such, not as criterion text).
        let next = 0;
        for (const criterion of spec.criteria) {
          while (next < written.length && !written[next]!.text.includes(criterion.text)) next++;
          expect(next, `"${criterion.text}" was written`).toBeLessThan(written.length);
          expect(criterion.level).toBe(written[next]!.level);
          expect(criterion.category).toBe(written[next]!.category);
          next++;
        }
        // Only empty items are left out.
        const readable = written.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
        expect(spec.criteria.length).toBeGreaterThanOrEqual(readable.filter((w) => w.text.length > 40).length);
      }),
      { numRuns: 200 },
    );
  });

  it('analyses any page into an analysed specification that passes the schema, with hits inside each criterion', () => {
    fc.assert(
      fc.property(fc.oneof(htmlPage, freeTextPage), fc.constantFrom(NHS_URL, OTHER_URL), (html, url) => {
        const { analysed } = analysePage(parseHtml(html), url, matcher);
        const parsed = analysedSpecSchema.safeParse(analysed);
        expect(parsed.success, parsed.error?.message).toBe(true);
        for (const criterion of analysed.criteria) {
          for (const hit of criterion.hits) {
            expect(hit.end).toBeLessThanOrEqual(criterion.text.length);
            expect(criterion.text.slice(hit.start, hit.end)).toBe(hit.matchedText);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("marks exactly each hit's characters on an NHS Jobs page (the offsets map back to the DOM)", () => {
    let checked = 0;
    fc.assert(
      fc.property(fixtureAdvert, (advert) => {
        checked += expectHitsOnThePage(analysePage(intoDocument(buildAdvert(advert)), NHS_URL, matcher));
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it("marks exactly each hit's characters on a free-text page", () => {
    let checked = 0;
    fc.assert(
      fc.property(freeTextPage, (html) => {
        checked += expectHitsOnThePage(analysePage(intoDocument(html), OTHER_URL, matcher));
      }),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});
