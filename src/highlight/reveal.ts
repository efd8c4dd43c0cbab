import { flashRange } from './current-highlight';
import { visibleCopies } from './visible-copies';

/** Scrolls to a criterion on the page and marks it for a moment (a click in the popup). */
export function revealCriterion(doc: Document, anchors: ReadonlyMap<string, Element[]>, criterionId: string): boolean {
  const element = visibleCopies(anchors.get(criterionId) ?? [])[0];
  if (!element) return false;
  const range = doc.createRange();
  range.selectNodeContents(element);
  flashRange(doc, range);
  return true;
}
