import { browser } from 'wxt/browser';
import { isOwnSender } from '../messaging/own-sender';
import { injectPainter } from '../messaging/advert-tab-scripts';
import { readerTarget } from './reader-target';

type Message = { type?: unknown; page?: unknown; reason?: unknown } | null;

/**
 * The advert tab's painter, injected when the reader's lines come (`analyse`, `opened`, with the page), which a
 * page sends once: the reader, declared beside the waker on the advert sites or injected by "Analyse this
 * page", reads the page as soon as it is parsed, and the painter is then evaluated while the background matches
 * the criteria, instead of in the page's way as it is read. A refused injection does nothing.
 */
export function injectPainterForLines(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender) || !isReadersLines(message as Message)) return undefined;
    const target = readerTarget(sender as Parameters<typeof readerTarget>[0]);
    if (target) void injectPainter(target).catch(() => undefined);
    return undefined;
  });
}

const isReadersLines = (message: Message): boolean =>
  message?.type === 'analyse' && message.reason === 'opened' && message.page !== undefined;
