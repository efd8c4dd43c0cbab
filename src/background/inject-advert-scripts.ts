import { browser } from 'wxt/browser';
import { isOwnSender } from '../messaging/own-sender';
import { PAINTER_SCRIPT, READER_SCRIPT } from '../messaging/advert-tab-scripts';
import { readerTarget } from './reader-target';

type Message = { type?: unknown; page?: unknown; reason?: unknown } | null;

/**
 * The advert tab's two scripts, each injected when it is needed, each evaluated in a task of its own. An advert
 * page starting to load (its waker's `warm-up`) gets the reader as the page arrives: declared in the manifest at
 * document_start, Chromium evaluates it inside one of the page's parsing tasks, and at document_end only after
 * the page's first rendering. The reader's first lines (`analyse`, `opened`, with the page) bring the painter,
 * which evaluates while the criteria are matched. An injection the browser refuses (a tab gone, access
 * withheld) does nothing.
 */
export function injectReaderOnWake(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const file = scriptFor(message as Message);
    const target = file ? readerTarget(sender as Parameters<typeof readerTarget>[0]) : null;
    if (file && target) {
      void browser.scripting.executeScript({ target, files: [file], injectImmediately: true }).catch(() => undefined);
    }
    return undefined;
  });
}

function scriptFor(message: Message): typeof READER_SCRIPT | typeof PAINTER_SCRIPT | null {
  if (message?.type === 'warm-up') return READER_SCRIPT;
  if (message?.type === 'analyse' && message.reason === 'opened' && message.page !== undefined) return PAINTER_SCRIPT;
  return null;
}
