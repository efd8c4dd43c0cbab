import { browser } from 'wxt/browser';
import { isOwnSender } from '../messaging/own-sender';
import { READER_SCRIPT } from '../messaging/reader-script';
import { readerTarget } from './reader-target';

/**
 * An advert page starting to load (its waker's `warm-up`) gets the reader from here, evaluated in a task of
 * its own as the page arrives: declared in the manifest at document_start, Chromium evaluates it inside one
 * of the page's parsing tasks, and at document_end only after the page's first rendering. The reader waits
 * for the parse, then reads; an injection the browser refuses (a tab gone, access withheld) reads nothing.
 */
export function injectReaderOnWake(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender) || (message as { type?: unknown } | null)?.type !== 'warm-up') return undefined;
    const target = readerTarget(sender as Parameters<typeof readerTarget>[0]);
    if (target) {
      void browser.scripting
        .executeScript({ target, files: [READER_SCRIPT], injectImmediately: true })
        .catch(() => undefined);
    }
    return undefined;
  });
}
