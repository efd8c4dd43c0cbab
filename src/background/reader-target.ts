/** What the background knows of a message's sender (`runtime.MessageSender`; `documentId` in Chrome only). */
export type StartingPage = { tab?: { id?: number }; frameId?: number; documentId?: string };

/** Where to run the painter: the frame, and in Chrome the very document, whose reader sent its lines. */
export type ReaderTarget = { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };

/**
 * The frame an advert page's reader runs in, or null for a sender that is no tab (the extension's own pages).
 * Naming the document keeps a painter from landing on the next page when the tab has moved on.
 */
export function readerTarget(sender: StartingPage): ReaderTarget | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  if (sender.documentId !== undefined) return { tabId, documentIds: [sender.documentId] };
  return { tabId, frameIds: [sender.frameId ?? 0] };
}
