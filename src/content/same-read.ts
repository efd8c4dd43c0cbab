import type { PageRead } from '../core/pipeline/read-page';

/**
 * Whether reading the page again says nothing new: the same specification, read from the same
 * elements. A page that re-renders identical text into new elements has changed (the old marks
 * would point at elements that are gone).
 */
export function sameRead(a: PageRead, b: PageRead): boolean {
  if (a.anchors.size !== b.anchors.size) return false;
  for (const [id, elements] of a.anchors) {
    const other = b.anchors.get(id);
    if (!other || other.length !== elements.length || elements.some((e, i) => e !== other[i])) return false;
  }
  return (
    JSON.stringify([a.spec, a.limits, [...(a.spans ?? [])]]) ===
    JSON.stringify([b.spec, b.limits, [...(b.spans ?? [])]])
  );
}
