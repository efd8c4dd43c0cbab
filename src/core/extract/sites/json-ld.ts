import { readLines } from '../../dom/element-lines';
import { readBudget, type ReadBudget } from '../../dom/read-budget';
import { locateTexts } from '../../dom/locate-text';
import { parseFragment, plainText, unescapeHtml } from '../../dom/parse-fragment';
import { canonicalUrl } from '../canonical-url';
import type { Extraction, SiteAdapter, TextSpan } from '../extraction';
import { parseFreeText } from '../free-text/parse-free-text';
import { toCriteria } from '../free-text/to-criteria';
import { joinWrappedLines } from '../free-text/wrapped-lines';
import { mainContent } from './generic';
import { findPosting, postingDetails, type JobPosting } from './job-posting';

const postings = new WeakMap<Document, JobPosting | null>();

/** The page's schema.org JobPosting, from any <script type="application/ld+json">. */
export function pagePosting(doc: Document): JobPosting | null {
  if (postings.has(doc)) return postings.get(doc)!;
  let found: JobPosting | null = null;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const json = script.textContent ?? '';
    if (!json.includes('JobPosting')) continue;
    try {
      found = findPosting(JSON.parse(json));
    } catch {
      continue; // a broken block: try the next one
    }
    if (found) break;
  }
  postings.set(doc, found);
  return found;
}

/** A JobPosting `description`: HTML, often entity-escaped once more ("&lt;p&gt;…"). */
export function descriptionFragment(doc: Document, description: unknown): Element {
  let html = typeof description === 'string' ? description : '';
  if (/&lt;\/?[a-z][^&]*&gt;/i.test(html)) html = unescapeHtml(doc, html);
  return parseFragment(doc, html);
}

/**
 * A JobPosting record → person specification, read from its description as free text. With a page,
 * criteria the page also shows are anchored there so they can be highlighted.
 */
export function extractPosting(
  doc: Document,
  posting: JobPosting,
  url: URL,
  page: Element | null,
  budget: ReadBudget = readBudget(),
): Extraction {
  const fragment = descriptionFragment(doc, posting.description);
  const found = toCriteria(parseFreeText(joinWrappedLines(readLines(fragment, budget))), 'ld', { kind: 'page' }, false);
  const anchors = new Map<string, Element[]>();
  const spans = new Map<string, TextSpan>();
  if (page && found.criteria.length > 0) {
    const places = locateTexts(
      page,
      found.criteria.map((c) => c.text),
    );
    places.forEach((place, i) => {
      if (!place) return;
      const id = found.criteria[i]!.id;
      anchors.set(id, [place.element]);
      spans.set(id, { start: place.start, end: place.end });
    });
  }
  return {
    spec: {
      site: 'json-ld',
      pageKind: 'advert',
      url: canonicalUrl(url),
      ...postingDetails(posting, plainText(fragment)),
      criteria: found.criteria,
      documents: [],
    },
    anchors,
    spans,
    layouts: found.layouts,
  };
}

/** Pages with a JobPosting in JSON-LD: old NHS Jobs, NHS Scotland, many trust career sites. */
export const jsonLd: SiteAdapter = {
  site: 'json-ld',
  detect: (doc) => pagePosting(doc) !== null,
  extract: (doc, url, budget) => extractPosting(doc, pagePosting(doc)!, url, mainContent(doc, budget), budget),
};
