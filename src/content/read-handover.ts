import type { CollectedPage } from '../core/extract/lines/collect-lines';
import type { SentAnalyseReply } from '../messaging/background-messages';

/**
 * What the reader hands the painter (entrypoints/reader.ts → the advert content script): the page's lines,
 * the background's answer to them on its way, and the reader's own way to collect the page again. Both
 * scripts run in the extension's own world of the page, which page scripts never see.
 */
export type ReadHandover = {
  collected: CollectedPage;
  reply: Promise<SentAnalyseReply>;
  collect: (doc: Document, url: URL) => Promise<CollectedPage>;
};

type Waiting = (read: ReadHandover) => void;
const world = globalThis as { __nhspsRead?: ReadHandover; __nhspsAwaitingRead?: Waiting };

/** Gives the page's lines to the painter: at once if it waits for them, else kept until it asks. */
export function handOver(read: ReadHandover): void {
  const waiting = world.__nhspsAwaitingRead;
  delete world.__nhspsAwaitingRead;
  if (waiting) waiting(read);
  else world.__nhspsRead = read;
}

/**
 * The reader's handover, taken once: at once when the reader has read the page already, else when it has.
 * The two scripts are injected one after the other, but either may come first.
 */
export function awaitHandover(): Promise<ReadHandover> {
  const read = world.__nhspsRead;
  delete world.__nhspsRead;
  if (read) return Promise.resolve(read);
  return new Promise((resolve) => (world.__nhspsAwaitingRead = resolve));
}

/** The painter has gone (the extension was reloaded): neither a kept read nor its wait outlives it. */
export function forgetHandover(): void {
  delete world.__nhspsRead;
  delete world.__nhspsAwaitingRead;
}
