import type { CollectedPage } from '../core/extract/lines/collect-lines';
import type { AnalyseReply } from '../messaging/background-messages';

/**
 * What the reader hands the painter (entrypoints/reader.ts → the advert content script): the page's lines,
 * the background's answer to them on its way, and the reader's own way to collect the page again. Both
 * scripts run in the extension's own world of the page, which page scripts never see.
 */
export type ReadHandover = {
  collected: CollectedPage;
  reply: Promise<AnalyseReply>;
  collect: (doc: Document, url: URL) => Promise<CollectedPage>;
};

const world = globalThis as { __nhspsRead?: ReadHandover };

export function handOver(read: ReadHandover): void {
  world.__nhspsRead = read;
}

/** The reader's handover, taken once (null when no reader has read this page). */
export function takeHandover(): ReadHandover | null {
  const read = world.__nhspsRead ?? null;
  delete world.__nhspsRead;
  return read;
}
