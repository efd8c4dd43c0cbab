import { flashRange } from '../highlight/current-highlight';
import { planHighlights } from '../highlight/highlight-plan';
import { createLegend } from '../highlight/legend';
import legendCss from '../highlight/legend.css?inline';
import { planRanges } from '../highlight/plan-ranges';
import type { AdvertPageState } from '../advert-page';
import type { AdvertFeature } from '../feature';

/** The key in the corner of the advert, in a shadow root of its own so page styles cannot reach it. */
export const showLegend: AdvertFeature = (page, ctx) => {
  let gap = -1;
  const nextGap = () => {
    const { report, analysis } = page.state;
    if (!report) return null;
    const gaps = planRanges(page.doc, planHighlights(report), analysis.anchors, analysis.spans).missing;
    if (gaps.length === 0) return null;
    gap = (gap + 1) % gaps.length;
    flashRange(page.doc, gaps[gap]!);
    return { index: gap + 1, total: gaps.length };
  };

  const host = page.doc.createElement('nhsps-legend');
  const style = page.doc.createElement('style');
  style.textContent = legendCss;
  const legend = createLegend(page.doc, { onNextGap: nextGap, onRescan: page.rescan });
  host.attachShadow({ mode: 'open' }).append(style, legend.root);

  const show = ({ report }: AdvertPageState) => {
    if (!report) return host.remove();
    legend.show(report);
    if (!host.isConnected) (page.doc.body ?? page.doc.documentElement).append(host);
  };
  show(page.state);
  const unsubscribe = page.subscribe(show);
  ctx.onInvalidated(() => {
    unsubscribe();
    host.remove();
  });
};
