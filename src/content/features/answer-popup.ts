import { browser } from 'wxt/browser';
import { revealCriterion } from '../highlight/reveal';
import { isContentRequest, type AnalysisResponse } from '../../messaging/protocol';
import type { AdvertFeature } from '../feature';

/** Answers the popup: the page's analysis, and "show me this criterion". */
export const answerPopup: AdvertFeature = (page, ctx) => {
  const onMessage = (message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    const { analysis, analysedAt } = page.state;
    switch (message.type) {
      case 'get-analysis':
        return Promise.resolve({ analysed: analysis.analysed, analysedAt } satisfies AnalysisResponse);
      case 'reveal-criterion':
        return Promise.resolve(revealCriterion(page.doc, analysis.anchors, message.criterionId, analysis.spans));
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
};
