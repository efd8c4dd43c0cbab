import { browser } from 'wxt/browser';
import { addDocumentCriteriaSchema, type DocumentCriteriaReply } from '../../messaging/document-protocol';
import type { AdvertFeature } from '../feature';

/** Takes the criteria the popup read from an attached document into the page's report. */
export const acceptDocumentCriteria: AdvertFeature = (page, ctx) => {
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'add-document-criteria') return undefined;
    const parsed = addDocumentCriteriaSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const before = page.state.analysis.analysed.criteria.length;
    page.addDocumentCriteria(parsed.data.document.url, parsed.data.criteria);
    const total = page.state.analysis.analysed.criteria.length;
    return Promise.resolve({ added: total - before, total } satisfies DocumentCriteriaReply);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
};
