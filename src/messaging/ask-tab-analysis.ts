import { browser } from 'wxt/browser';
import type { ContentRequest } from './content-requests';

/** The tab's answer to get-analysis as it came, not yet validated; undefined when no content script answered. */
export const askTabAnalysis = (tabId: number): Promise<unknown> =>
  browser.tabs.sendMessage(tabId, { type: 'get-analysis' } satisfies ContentRequest).catch(() => undefined);
