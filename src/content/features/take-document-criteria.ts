import { browser } from 'wxt/browser';
import { asContentRequest } from '../../messaging/content-requests';
import type { DocumentCriteriaReply } from '../../messaging/document-protocol';
import { isOwnSender } from '../../messaging/own-sender';
import type { AdvertFeature } from '../feature';

/**
 * Takes the criteria the popup read from an attached document into the page's report. The background
 * keeps them, so that coming back to the advert brings them back without reading the file again.
 */
export const takeDocumentCriteria: AdvertFeature = (page, ctx) => {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    const request = isOwnSender(sender) ? asContentRequest(message) : null;
    if (request?.type !== 'add-document-criteria') return undefined;
    return page
      .addDocumentCriteria(request.document.url, request.criteria)
      .then((reply): DocumentCriteriaReply => reply);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
};
