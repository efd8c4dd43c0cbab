import { readLines } from '../../dom/element-lines';
import { readBudget, type ReadBudget } from '../../dom/read-budget';
import { parseFragment, plainText, unescapeHtml } from '../../dom/parse-fragment';
import { canonicalUrl } from '../canonical-url';
import { already } from '../../dom/steps';
import type { FreeTextFound, SiteAdapter } from '../extraction';
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
 * A JobPosting record's description as lines for the free-text reader, with its details. With a
 * page, the criteria found are looked for again there so they can be highlighted.
 */
export function postingLines(
  doc: Document,
  posting: JobPosting,
  url: URL,
  page: Element | null,
  budget: ReadBudget = readBudget(),
): FreeTextFound {
  const fragment = descriptionFragment(doc, posting.description);
  const lines = readLines(fragment, budget);
  return {
    kind: 'text',
    spec: {
      site: 'json-ld',
      pageKind: 'advert',
      url: canonicalUrl(url),
      ...postingDetails(posting, plainText(fragment)),
      criteria: [],
      documents: [],
    },
    kindIfFound: 'advert',
    prefix: 'ld',
    lines,
    join: true,
    placed: false,
    locateIn: page,
  };
}

/** Pages with a JobPosting in JSON-LD: old NHS Jobs, NHS Scotland, many trust career sites. */
export const jsonLd: SiteAdapter = {
  site: 'json-ld',
  detect: (doc) => pagePosting(doc) !== null,
  extract: (doc, url, budget) => already(postingLines(doc, pagePosting(doc)!, url, mainContent(doc, budget), budget)),
};
