import { browser } from 'wxt/browser';
import { DocumentError } from '../../core/extract/documents/document-error';
import { toBase64 } from '../../messaging/base64';
import { asContentRequest } from '../../messaging/content-requests';
import type { FetchedDocument } from '../../messaging/document-protocol';
import { isOwnSender } from '../../messaging/own-sender';
import { fetchDocument } from '../documents/fetch-document';
import type { AdvertFeature } from '../feature';

/**
 * Downloads an attached document for the popup, when the user asks: only a document this advert
 * links to, only from the advert's own site, as a same-origin request of the page.
 */
export const serveDocuments: AdvertFeature = (page, ctx) => {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    const request = isOwnSender(sender) ? asContentRequest(message) : null;
    if (request?.type !== 'fetch-document') return undefined;
    const link = page.state.read.spec.documents.find((d) => d.url === request.document.url);
    if (!link) {
      return Promise.resolve<FetchedDocument>({ ok: false, message: 'This advert does not link to that document.' });
    }
    return fetchDocument(link, page.doc.location?.href ?? page.state.read.spec.url).then(
      (bytes): FetchedDocument => ({ ok: true, data: toBase64(bytes) }),
      (error: unknown): FetchedDocument => ({
        ok: false,
        message: error instanceof DocumentError ? error.message : 'The document could not be downloaded.',
      }),
    );
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
};
