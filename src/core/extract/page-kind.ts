import type { PageKind } from '../model/person-spec';

/** NHS Jobs search results carry data-test hooks that advert pages do not (advert-pages §1.4). */
export function isSearchResultsPage(doc: Document): boolean {
  return doc.querySelector('[data-test="search-result"], [data-test="search-result-job-title"]') !== null;
}

export function pageKindOf(doc: Document, looksLikeAdvert: boolean): PageKind {
  if (isSearchResultsPage(doc)) return 'search-results';
  return looksLikeAdvert ? 'advert' : 'other';
}
