import { browser } from 'wxt/browser';
import { isOwnSender } from '../messaging/own-sender';
import { injectPainter } from '../messaging/advert-tab-scripts';
import { paintedPages } from './painted-pages';
import { readerTarget } from './reader-target';

type Message = { type?: unknown; page?: unknown; reason?: unknown } | null;

/**
 * The advert tab's painter, injected once per page (`background/painted-pages`): as an advert page starts
 * loading (its waker's `warm-up`; the reader is declared beside the waker, and reads the page once it is parsed),
 * or when the reader's lines come from a page where no waker runs (`analyse`, `opened`, with the page: "Analyse
 * this page" injects the reader). Injected as the page arrives, the painter is
 * evaluated during the parse, in a task of its own, so nothing is left to evaluate once the lines are read.
 * A refused injection does nothing.
 */
export function injectAdvertScriptsOnWake(): void {
  const pages = paintedPages();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const target = readerTarget(sender as Parameters<typeof readerTarget>[0]);
    if (!target) return undefined;
    const key = JSON.stringify(target);
    if ((message as Message)?.type === 'warm-up') pages.started(key);
    else if (!isReadersLines(message as Message) || !pages.linesCame(key)) return undefined;
    void injectPainter(target).catch(() => undefined);
    return undefined;
  });
}

const isReadersLines = (message: Message): boolean =>
  message?.type === 'analyse' && message.reason === 'opened' && message.page !== undefined;
