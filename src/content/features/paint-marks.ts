import { planHighlights } from '../highlight/highlight-plan';
import { planRanges } from '../highlight/plan-ranges';
import type { AdvertPageState } from '../advert-page';
import type { AdvertFeature } from '../feature';
import { noteTiming } from '../bench-timing';

const REPLAN_DELAY_MS = 150;

/**
 * Marks each criterion's skills as met, partial or missing, in the overlay: again when the report
 * changes, and when the visible copy of a duplicated block changes (viewport width, <details> opened).
 */
export const paintMarks: AdvertFeature = (page, ctx) => {
  const layer = page.marks;
  const paint = ({ report, read }: AdvertPageState) => {
    const drawn = layer.paint(planRanges(page.doc, report ? planHighlights(report) : [], read.anchors, read.spans));
    // The bench's moment: every mark of the report measured and drawn.
    if (report) void drawn.then(() => noteTiming('painted'));
  };
  paint(page.state);
  ctx.onInvalidated(page.subscribe(paint));
  ctx.onInvalidated(() => layer.remove());

  let timer: number | undefined;
  const replanSoon = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => paint(page.state), REPLAN_DELAY_MS);
  };
  ctx.addEventListener(window, 'resize', replanSoon);
  ctx.addEventListener(page.doc, 'toggle', replanSoon, { capture: true });
};
