import { browser } from 'wxt/browser';
import { DocumentError } from '../../core/extract/documents/document-error';
import { fetchDocument } from '../documents/fetch-document';
import { toBase64 } from '../../messaging/base64';
import { fetchDocumentSchema, type FetchedDocument } from '../../messaging/document-protocol';
import type { AdvertFeature } from '../feature';

/**
 * Downloads an attached document for the popup, when the user asks: only a document this advert
 * links to, only from the advert's own site, as a same-origin request of the page.
 */
export const serveDocuments: AdvertFeature = (page, ctx) => {
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'fetch-document') return undefined;
    const parsed = fetchDocumentSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const link = page.state.analysis.analysed.documents.find((d) => d.url === parsed.data.document.url);
    if (!link)
      return Promise.resolve({
        ok: false,
        message: 'This advert does not link to that document.',
      } satisfies FetchedDocument);
    return fetchDocument(link, page.doc.location?.href ?? page.state.analysis.analysed.url).then(
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
