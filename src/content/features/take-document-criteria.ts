import { browser } from 'wxt/browser';
import { loadDocumentCriteria, saveDocumentCriteria } from '../../storage/document-criteria-store';
import { addDocumentCriteriaSchema, type DocumentCriteriaReply } from '../../messaging/document-protocol';
import type { AdvertFeature } from '../feature';

/**
 * Takes the criteria the popup read from an attached document into the page's report, and keeps
 * them, so that coming back to the advert brings them back without reading the file again.
 */
export const keepDocumentCriteria: AdvertFeature = async (page, ctx) => {
  const advertUrl = () => page.state.analysis.analysed.url;
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'add-document-criteria') return undefined;
    const parsed = addDocumentCriteriaSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const { document, criteria } = parsed.data;
    const before = page.state.analysis.analysed.criteria.length;
    page.addDocumentCriteria(document.url, criteria);
    const total = page.state.analysis.analysed.criteria.length;
    return saveDocumentCriteria(advertUrl(), document.url, criteria).then(
      () => ({ added: total - before, total, kept: true }) satisfies DocumentCriteriaReply,
      () => ({ added: total - before, total, kept: false }) satisfies DocumentCriteriaReply,
    );
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // Only documents the advert still links to: a replaced attachment is read afresh.
  const linked = new Set(page.state.analysis.analysed.documents.map((d) => d.url));
  for (const [documentUrl, criteria] of await loadDocumentCriteria(advertUrl())) {
    if (linked.has(documentUrl) && !ctx.isInvalid) page.addDocumentCriteria(documentUrl, criteria);
  }
};
