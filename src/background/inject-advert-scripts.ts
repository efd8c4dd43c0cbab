import { browser } from 'wxt/browser';
import { isOwnSender } from '../messaging/own-sender';
import { injectPainter, injectReader } from '../messaging/advert-tab-scripts';
import { paintedPages } from './painted-pages';
import { readerTarget } from './reader-target';

type Message = { type?: unknown; page?: unknown; reason?: unknown } | null;

/**
 * The advert tab's two scripts, each injected when it is needed, each evaluated in a task of its own. An advert
 * page starting to load (its waker's `warm-up`) gets the reader as the page arrives: declared in the manifest at
 * document_start, Chromium evaluates it inside one of the page's parsing tasks, and at document_end only after
 * the page's first rendering. Where the page was still arriving when the reader started (the background was
 * awake), the painter follows at once and is evaluated during the parse, so nothing is left to evaluate once the
 * lines are read. Elsewhere (the background had to wake first, the page is parsed; "Analyse this page") the
 * painter would evaluate just as the page is read: it is injected when the reader's lines come (`analyse`,
 * `opened`, with the page), and evaluates while the criteria are matched. A refused injection does nothing.
 */
export function injectAdvertScriptsOnWake(): void {
  const pages = paintedPages();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const target = readerTarget(sender as Parameters<typeof readerTarget>[0]);
    if (!target) return undefined;
    const key = JSON.stringify(target);
    if ((message as Message)?.type === 'warm-up') {
      pages.reading(key);
      void injectReader(target, { immediately: true })
        .then((arriving) => (pages.readerStarted(key, arriving) ? injectPainter(target) : undefined))
        .catch(() => undefined);
    } else if (isReadersLines(message as Message) && pages.linesCame(key)) {
      void injectPainter(target).catch(() => undefined);
    }
    return undefined;
  });
}

const isReadersLines = (message: Message): boolean =>
  message?.type === 'analyse' && message.reason === 'opened' && message.page !== undefined;
