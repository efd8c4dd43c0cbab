import type { PageAnalysis } from '../core/pipeline/analyse-page';

/**
 * Whether a fresh analysis says nothing new: the same specification, read from the same elements.
 * A page that re-renders identical text into new elements has changed (the old marks would point
 * at elements that are gone).
 */
export function sameAnalysis(a: PageAnalysis, b: PageAnalysis): boolean {
  if (a.anchors.size !== b.anchors.size) return false;
  for (const [id, elements] of a.anchors) {
    const other = b.anchors.get(id);
    if (!other || other.length !== elements.length || elements.some((e, i) => e !== other[i])) return false;
  }
  return JSON.stringify(a.analysed) === JSON.stringify(b.analysed);
}
