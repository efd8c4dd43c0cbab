import { browser } from 'wxt/browser';
import { asContentRequest } from '../../messaging/content-requests';
import { isOwnSender } from '../../messaging/own-sender';
import { revealCriterion } from '../highlight/reveal';
import type { AdvertFeature } from '../feature';

/** Answers the popup: the page's analysis (or why there is none), and "show me this criterion". */
export const answerPopup: AdvertFeature = (page, ctx) => {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (!isOwnSender(sender)) return undefined;
    const request = asContentRequest(message);
    const { analysed, analysedAt, error, read } = page.state;
    switch (request?.type) {
      case 'get-analysis':
        return Promise.resolve(
          analysed && analysedAt !== null
            ? { analysed, analysedAt: new Date(analysedAt).toISOString() }
            : { error: error ?? 'Reading…' },
        );
      case 'reveal-criterion':
        return Promise.resolve(revealCriterion(page.doc, page.marks, read.anchors, request.criterionId, read.spans));
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
};
