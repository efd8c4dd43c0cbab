import type { Report } from '../spec/report';
import { flashRange, removeFlash } from './current-highlight';
import { planHighlights, type PlannedHighlight } from './highlight-plan';
import { paintHighlights, type PaintedHighlights } from './paint-highlights';
import { visibleCopies } from './visible-copies';

export type PageHighlighter = {
  paint(report: Report): void;
  /** Paint the last plan again, e.g. after the visible copy changed. */
  repaint(): void;
  /** Scrolls to the next essential gap; returns its position (1-based) and the total, or null. */
  nextGap(): { index: number; total: number } | null;
  revealCriterion(criterionId: string): boolean;
  remove(): void;
};

export function createPageHighlighter(doc: Document, anchors: ReadonlyMap<string, Element[]>): PageHighlighter {
  let plan: PlannedHighlight[] = [];
  let painted: PaintedHighlights | null = null;
  let gap = -1;

  const paintPlan = () => {
    painted?.remove();
    painted = paintHighlights(doc, plan, anchors);
  };

  return {
    paint(report) {
      plan = planHighlights(report);
      gap = -1;
      paintPlan();
    },
    repaint: paintPlan,
    nextGap() {
      const gaps = painted?.ranges.missing ?? [];
      if (gaps.length === 0) return null;
      gap = (gap + 1) % gaps.length;
      flashRange(doc, gaps[gap]!);
      return { index: gap + 1, total: gaps.length };
    },
    revealCriterion(criterionId) {
      const element = visibleCopies(anchors.get(criterionId) ?? [])[0];
      if (!element) return false;
      const range = doc.createRange();
      range.selectNodeContents(element);
      flashRange(doc, range);
      return true;
    },
    remove() {
      painted?.remove();
      painted = null;
      removeFlash(doc);
    },
  };
}
