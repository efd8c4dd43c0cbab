import { createShadowRootUi } from '#imports';
import { render } from 'preact';
import { flashRange } from '../../highlight/current-highlight';
import { planHighlights } from '../../highlight/highlight-plan';
import { Legend } from '../../highlight/legend';
import legendCss from '../../highlight/legend.css?inline';
import { planRanges } from '../../highlight/plan-ranges';
import type { AdvertPageState } from '../advert-page';
import type { AdvertFeature } from '../feature';

/** The key in the corner of the advert: what the marks mean, the essential tally, next gap. */
export const showLegend: AdvertFeature = async (page, ctx) => {
  const ui = await createShadowRootUi(ctx, {
    name: 'nhsps-legend',
    css: legendCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) => container,
    onRemove: (container) => container && render(null, container),
  });

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

  const show = ({ report }: AdvertPageState) => {
    if (!report) return ui.remove();
    if (!ui.mounted) ui.mount();
    render(<Legend report={report} onNextGap={nextGap} onRescan={page.rescan} />, ui.uiContainer);
  };
  show(page.state);
  ctx.onInvalidated(page.subscribe(show));
};
