import { visibleCopies } from './visible-copies';

const HEADING = /^H[1-6]$/;

/**
 * Where the key is docked: in the page's flow, just above the person specification (above the headings
 * that introduce its first list), so it never covers the advert; for a specification read only from an
 * attached document, above the link to it. null when neither is on the page.
 */
export function keyPlace(
  doc: Document,
  anchors: ReadonlyMap<string, Element[]>,
  documentUrls: readonly string[] = [],
): Element | null {
  const [first] = anchors.values();
  const anchor = (first && visibleCopies(first)[0]) ?? documentLink(doc, documentUrls);
  if (!anchor) return null;
  // Inside a closed <details> (NHS Jobs' mobile copy) the key goes just above it, where it can be seen.
  let place: Element = anchor.closest('details:not([open])') ?? anchor.closest('ul, ol, table, dl') ?? anchor;
  while (place.previousElementSibling && HEADING.test(place.previousElementSibling.tagName.toUpperCase())) {
    place = place.previousElementSibling;
  }
  return place.parentElement ? place : null;
}

function documentLink(doc: Document, urls: readonly string[]): Element | undefined {
  const wanted = new Set(urls);
  return [...doc.querySelectorAll('a[href]')].find((a) => wanted.has((a as HTMLAnchorElement).href));
}
