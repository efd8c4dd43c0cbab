import { planHighlights } from '../highlight/highlight-plan';
import { planRangesSteps } from '../highlight/plan-ranges';
import { runInSlices } from '../run-in-slices';
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
  let painting = 0;
  const paint = async ({ report, read }: AdvertPageState) => {
    const mine = ++painting;
    // Planned in slices: a usual advert in the first, at once; a page of thousands over several tasks.
    const plan = planRangesSteps(page.doc, report ? planHighlights(report) : [], read.anchors, read.spans);
    const ranges = await runInSlices(plan);
    if (mine !== painting || ctx.isInvalid) return; // overtaken by a later state, or the script is gone
    // The bench's moment: every mark of the report measured and drawn.
    await layer.paint(ranges);
    if (report) noteTiming('painted');
  };
  void paint(page.state);
  ctx.onInvalidated(page.subscribe((state) => void paint(state)));
  ctx.onInvalidated(() => layer.remove());

  let timer: number | undefined;
  const replanSoon = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void paint(page.state), REPLAN_DELAY_MS);
  };
  ctx.addEventListener(window, 'resize', replanSoon);
  ctx.addEventListener(page.doc, 'toggle', replanSoon, { capture: true });
};
