import { createShadowRootUi, defineContentScript } from '#imports';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { compareWithProfile } from '../../src/compare/compare';
import { ADVERT_MATCHES } from '../../src/extract/sites/advert-matches';
import { Legend } from '../../src/highlight/legend';
import '../../src/highlight/legend.css';
import { createPageHighlighter } from '../../src/highlight/page-highlighter';
import { isContentRequest, type AnalysisResponse } from '../../src/messaging/protocol';
import { analysePage } from '../../src/pipeline/analyse-page';
import { loadProfile, watchProfile, type ProfileState } from '../../src/profile/profile-store';
import { emptyProfile } from '../../src/spec/profile';
import { defaultMatcher } from '../../src/taxonomy/default-matcher';

export default defineContentScript({
  matches: ADVERT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const matcher = defaultMatcher();
    const { analysed, anchors } = analysePage(document, new URL(location.href), matcher);
    const response: AnalysisResponse = { analysed, analysedAt: new Date().toISOString() };

    const onMessage = (message: unknown) => {
      if (!isContentRequest(message)) return undefined;
      if (message.type === 'get-analysis') return Promise.resolve(response);
      return Promise.resolve(highlighter.revealCriterion(message.criterionId));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const highlighter = createPageHighlighter(document, anchors);
    ctx.onInvalidated(() => highlighter.remove());
    if (analysed.criteria.length === 0) return;

    const legend = await createShadowRootUi(ctx, {
      name: 'nhsps-legend',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    legend.mount();

    const show = (state: ProfileState) => {
      const profile = state.state === 'ok' ? state.profile : emptyProfile();
      const report = compareWithProfile(analysed, profile, matcher.skills);
      highlighter.paint(report);
      render(<Legend report={report} onNextGap={highlighter.nextGap} />, legend.uiContainer);
    };
    show(await loadProfile());
    ctx.onInvalidated(watchProfile(show));

    // The visible copy of the duplicated block changes with the viewport width and <details> state.
    let repaintTimer: number | undefined;
    const repaintSoon = () => {
      clearTimeout(repaintTimer);
      repaintTimer = ctx.setTimeout(highlighter.repaint, 150);
    };
    ctx.addEventListener(window, 'resize', repaintSoon);
    ctx.addEventListener(document, 'toggle', repaintSoon, { capture: true });
  },
});
