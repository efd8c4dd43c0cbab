import { readBudget, type ReadBudget } from '../dom/read-budget';
import type { PersonSpec } from '../model/person-spec';
import { findDocumentLinks } from './documents/find-document-links';
import type { Extraction, SiteAdapter } from './extraction';
import { generic } from './sites/generic';
import { jsonLd } from './sites/json-ld';
import { nhsJobs } from './sites/nhs-jobs';
import { trac } from './sites/trac';

/**
 * From the most to the least specific. Every adapter that recognises the page reads it in turn
 * until one finds criteria; the last one (free text over the page's main content) takes any page.
 */
export const ADAPTERS: readonly SiteAdapter[] = [nhsJobs, trac, jsonLd, generic];

/**
 * Document + URL → person specification, reading no more than the budget allows. Never throws on an
 * odd page: it finds nothing instead.
 */
export function extractPersonSpec(
  doc: Document,
  url: URL,
  budget: ReadBudget = readBudget(),
  adapters: readonly SiteAdapter[] = ADAPTERS,
): Extraction {
  let best: Extraction | null = null;
  for (const adapter of adapters) {
    if (!adapter.detect(doc, url)) continue;
    const found = adapter.extract(doc, url, budget);
    if (found.spec.pageKind === 'search-results') return found;
    best = best ? fillIn(best, found) : found;
    if (found.spec.criteria.length > 0) break;
  }
  const result = best ?? generic.extract(doc, url, budget);
  if (result.spec.pageKind === 'advert') result.spec.documents = findDocumentLinks(doc, url);
  return result;
}

const DETAILS = ['title', 'employer', 'band', 'closingDate', 'reference', 'salary'] as const;

/**
 * The site and details from the more specific adapter (it knows the page's markup), the criteria
 * and their anchors from the one that found them; details it lacked filled in from the other.
 */
function fillIn(specific: Extraction, found: Extraction): Extraction {
  const spec: PersonSpec = { ...found.spec, site: specific.spec.site };
  for (const key of DETAILS) spec[key] = specific.spec[key] ?? found.spec[key];
  if (specific.spec.pageKind === 'advert') spec.pageKind = 'advert';
  return { ...found, spec };
}
