import { browser } from 'wxt/browser';
import type { AdvertFeature } from '../feature';

/**
 * Tells the extension's open pages (the side panel, a report in its own tab) that this tab's analysis
 * changed, so they ask for it again. The message carries nothing: they ask the tab, which answers only them.
 */
export const announceAnalysis: AdvertFeature = (page, ctx) => {
  const announce = () => void browser.runtime.sendMessage({ type: 'analysis-updated' }).catch(() => undefined);
  // The first analysis too: a page that asked before this tab could answer (it was still loading) asks again.
  announce();
  ctx.onInvalidated(page.subscribe(announce));
};
