let queue: Promise<void> = Promise.resolve();

/**
 * The history's writes, one after another and after the answer they follow: a tab is answered before
 * its advert is recorded (the marks do not wait for storage), and the page's text the tab sends next
 * lands on the entry just recorded. A failed write (storage full) is tried again on the next analysis.
 */
export function queueHistoryWrite(write: () => Promise<void>): Promise<void> {
  queue = queue.then(write).catch(() => undefined);
  return queue;
}

/** Resolves once every write queued so far is done. */
export const historyWritten = (): Promise<void> => queue;
