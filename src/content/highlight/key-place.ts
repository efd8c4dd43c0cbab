import { visibleCopies } from './visible-copies';

const HEADING = /^H[1-6]$/;

/**
 * Where the key is docked: in the page's flow, just above the person specification (above the headings
 * that introduce its first list), so it never covers the advert. null when no criterion is on the page.
 */
export function keyPlace(anchors: ReadonlyMap<string, Element[]>): Element | null {
  const [first] = anchors.values();
  const anchor = first && visibleCopies(first)[0];
  if (!anchor) return null;
  let place: Element = anchor.closest('ul, ol, table, dl') ?? anchor;
  while (place.previousElementSibling && HEADING.test(place.previousElementSibling.tagName.toUpperCase())) {
    place = place.previousElementSibling;
  }
  return place.parentElement ? place : null;
}
