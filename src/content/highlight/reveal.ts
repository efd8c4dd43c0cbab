import { readElementText } from '../../core/dom/element-text';
import type { TextSpan } from '../../core/extract/extraction';
import type { MarkLayer } from './mark-layer';
import { textRange } from './text-range';
import { visibleCopies } from './visible-copies';

/** Scrolls to a criterion on the page and marks it for a moment (a click in the popup). */
export function revealCriterion(
  doc: Document,
  layer: MarkLayer,
  anchors: ReadonlyMap<string, Element[]>,
  criterionId: string,
  spans?: ReadonlyMap<string, TextSpan>,
): boolean {
  const element = visibleCopies(anchors.get(criterionId) ?? [])[0];
  if (!element) return false;
  const span = spans?.get(criterionId);
  const part = span ? textRange(doc, readElementText(element), span.start, span.end) : null;
  const range = part ?? doc.createRange();
  if (!part) range.selectNodeContents(element);
  layer.flash(range);
  return true;
}
