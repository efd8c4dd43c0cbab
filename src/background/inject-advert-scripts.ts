import { browser } from 'wxt/browser';
import { isOwnSender } from '../messaging/own-sender';
import { injectAdvertTabScripts } from '../messaging/advert-tab-scripts';
import { readerTarget } from './reader-target';

/**
 * An advert page starting to load (its waker's `warm-up`) gets the reader and the painter as the page arrives:
 * declared in the manifest at document_start, Chromium would evaluate them inside one of the page's parsing
 * tasks, and at document_end only after the page's first rendering. The painter is evaluated while the page
 * is parsed and waits for the reader's lines, so once they are read nothing is left to evaluate before the
 * background's answer is painted. An injection the browser refuses (a tab gone, access withheld) does nothing.
 */
export function injectAdvertScriptsOnWake(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender) || (message as { type?: unknown } | null)?.type !== 'warm-up') return undefined;
    const target = readerTarget(sender as Parameters<typeof readerTarget>[0]);
    if (target) void injectAdvertTabScripts(target, { immediately: true }).catch(() => undefined);
    return undefined;
  });
}
