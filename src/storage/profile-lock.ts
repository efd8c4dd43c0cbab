type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

let localTail: Promise<unknown> = Promise.resolve();

/**
 * Runs a read-modify-write of stored data alone. Storage has no transactions, so every extension page
 * (popup, options, full-page report) takes the same Web Lock before reading and releases it after
 * writing: two pages saving at once are serialised, and each applies its change to what the other
 * wrote. Where Web Locks are missing (unit tests), calls within this page are queued instead.
 */
export function withStorageLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike | null } | undefined)?.locks;
  if (locks) return locks.request(`nhsps:${name}`, run);
  const result = localTail.then(run, run);
  localTail = result.catch(() => undefined);
  return result;
}
