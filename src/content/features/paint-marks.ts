import { removeFlash } from '../highlight/current-highlight';
import { planHighlights } from '../highlight/highlight-plan';
import { paintHighlights } from '../highlight/paint-highlights';
import { planRanges } from '../highlight/plan-ranges';
import type { AdvertPageState } from '../advert-page';
import type { AdvertFeature } from '../feature';

const REPAINT_DELAY_MS = 150;

/**
 * Marks each criterion's skills as met, partial or missing, repainting when the report changes and
 * when the visible copy of the duplicated block changes (viewport width, <details> opened).
 */
export const highlightSkills: AdvertFeature = (page, ctx) => {
  let unpaint: (() => void) | null = null;
  const paint = (state: AdvertPageState) => {
    unpaint?.();
    unpaint = null;
    if (!state.report) return;
    unpaint = paintHighlights(
      page.doc,
      planRanges(page.doc, planHighlights(state.report), state.analysis.anchors, state.analysis.spans),
    );
  };
  paint(page.state);
  ctx.onInvalidated(page.subscribe(paint));
  ctx.onInvalidated(() => {
    unpaint?.();
    removeFlash(page.doc);
  });

  let timer: number | undefined;
  const repaintSoon = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => paint(page.state), REPAINT_DELAY_MS);
  };
  ctx.addEventListener(window, 'resize', repaintSoon);
  ctx.addEventListener(page.doc, 'toggle', repaintSoon, { capture: true });
};
