import type { CollectedPage, StepPlace } from '../core/extract/lines/collect-lines';

const sameElements = (a: readonly Element[], b: readonly Element[]) =>
  a.length === b.length && a.every((e, i) => e === b[i]);

function samePlace(a: StepPlace | undefined, b: StepPlace | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.locateIn !== b.locateIn) return false;
  if ((a.anchors?.size ?? 0) !== (b.anchors?.size ?? 0)) return false;
  for (const [id, elements] of a.anchors ?? []) {
    const other = b.anchors?.get(id);
    if (!other || !sameElements(elements, other)) return false;
  }
  return JSON.stringify([...(a.spans ?? [])]) === JSON.stringify([...(b.spans ?? [])]);
}

/**
 * Whether collecting the page again says nothing new: the same lines and criteria, read from the
 * same elements. A page that re-renders identical text into new elements has changed (the old marks
 * would point at elements that are gone).
 */
export function sameCollected(a: CollectedPage, b: CollectedPage): boolean {
  return (
    sameElements(a.elements, b.elements) &&
    a.places.length === b.places.length &&
    a.places.every((place, i) => samePlace(place, b.places[i])) &&
    JSON.stringify(a.lines) === JSON.stringify(b.lines)
  );
}
