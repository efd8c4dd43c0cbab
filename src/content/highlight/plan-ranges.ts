import { readElementText, type ElementText } from '../../core/dom/element-text';
import { finish, type Steps } from '../../core/dom/steps';
import type { TextSpan } from '../../core/extract/extraction';
import { HIGHLIGHT_KINDS, type HighlightKind, type PlannedHighlight } from './highlight-plan';
import { textRange } from './text-range';
import { visibleCopies } from './visible-copies';

export type KindRanges = Record<HighlightKind, Range[]>;

/** The DOM ranges of planned highlights, in the visible copy of each criterion, in plan order. */
export const planRanges = (...args: Parameters<typeof planRangesSteps>): KindRanges => finish(planRangesSteps(...args));

/** planRanges a highlight at a time (core/dom/steps): a page of thousands is planned over several tasks. */
export function* planRangesSteps(
  doc: Document,
  plan: readonly PlannedHighlight[],
  anchors: ReadonlyMap<string, Element[]>,
  spans?: ReadonlyMap<string, TextSpan>,
): Steps<KindRanges> {
  const ranges = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, [] as Range[]])) as KindRanges;
  const texts = new Map<Element, ElementText>();
  // Whether a copy is rendered asks the browser for layout: once per criterion, not once per word.
  const copies = new Map<string, Element[]>();
  for (const item of plan) {
    yield;
    let visible = copies.get(item.criterionId);
    if (!visible) copies.set(item.criterionId, (visible = visibleCopies(anchors.get(item.criterionId) ?? [])));
    for (const element of visible) {
      // Text inside a closed <details> is not on screen (a mark there would float over nothing).
      if (element.closest('details:not([open])')) continue;
      let text = texts.get(element);
      if (!text) texts.set(element, (text = readElementText(element)));
      // A criterion read from part of its element (one line of a paragraph) starts further in.
      const offset = spans?.get(item.criterionId)?.start ?? 0;
      const range = textRange(doc, text, offset + item.start, offset + item.end);
      if (range) ranges[item.kind].push(range);
    }
  }
  return ranges;
}
