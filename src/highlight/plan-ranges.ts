import { readElementText, type ElementText } from '../dom/element-text';
import { HIGHLIGHT_KINDS, type HighlightKind, type PlannedHighlight } from './highlight-plan';
import { textRange } from './text-range';
import { visibleCopies } from './visible-copies';

export type KindRanges = Record<HighlightKind, Range[]>;

/** The DOM ranges of planned highlights, in the visible copy of each criterion, in plan order. */
export function planRanges(
  doc: Document,
  plan: readonly PlannedHighlight[],
  anchors: ReadonlyMap<string, Element[]>,
): KindRanges {
  const ranges = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, [] as Range[]])) as KindRanges;
  const texts = new Map<Element, ElementText>();
  for (const item of plan) {
    for (const element of visibleCopies(anchors.get(item.criterionId) ?? [])) {
      let text = texts.get(element);
      if (!text) texts.set(element, (text = readElementText(element)));
      const range = textRange(doc, text, item.start, item.end);
      if (range) ranges[item.kind].push(range);
    }
  }
  return ranges;
}
