import type { PersonSpec } from '../spec/person-spec';
import { canonicalUrl } from './canonical-url';
import type { Extraction, SiteAdapter } from './extraction';
import { pageKindOf } from './page-kind';
import { nhsJobs } from './sites/nhs-jobs';

/** From the most to the least specific; the first adapter that recognises the page reads it. */
export const ADAPTERS: readonly SiteAdapter[] = [nhsJobs];

/** Document + URL → person specification. Never throws on an odd page: it finds nothing instead. */
export function extractPersonSpec(doc: Document, url: URL): Extraction {
  for (const adapter of ADAPTERS) {
    if (adapter.detect(doc, url)) return adapter.extract(doc, url);
  }
  return { spec: emptySpec(doc, url), anchors: new Map() };
}

function emptySpec(doc: Document, url: URL): PersonSpec {
  return {
    site: 'generic',
    pageKind: pageKindOf(doc, false),
    url: canonicalUrl(url),
    title: doc.title?.trim() || null,
    employer: null,
    band: null,
    closingDate: null,
    reference: null,
    salary: null,
    criteria: [],
    documents: [],
  };
}
