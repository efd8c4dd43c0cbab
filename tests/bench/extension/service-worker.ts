import type { CDPSession } from '@playwright/test';

export type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

type Version = { versionId: string; scriptURL: string; runningStatus: RunningStatus };

/**
 * The extension's service worker (its background), watched and stopped through the DevTools
 * protocol's ServiceWorker domain, which sees every worker of the profile from any page's session.
 * `history` keeps every running status reported, so a load can be checked against what the worker did.
 */
export type ServiceWorkerControl = {
  status(): RunningStatus | null;
  /** Statuses reported since `from` (an index into the history, from `mark()`). */
  since(from: number): RunningStatus[];
  mark(): number;
  /** Stops the worker and waits until it reports itself stopped; throws if it does not. */
  stop(): Promise<void>;
  /** Waits until the worker runs (it wakes on the first message sent to it). */
  running(timeoutMs?: number): Promise<void>;
};

export async function controlServiceWorker(cdp: CDPSession, extensionId: string): Promise<ServiceWorkerControl> {
  const script = `chrome-extension://${extensionId}/`;
  const history: RunningStatus[] = [];
  let version: string | null = null;
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated' as never, ({ versions }: { versions: Version[] }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(script)) continue;
      version = v.versionId;
      if (history.at(-1) !== v.runningStatus) history.push(v.runningStatus);
    }
    for (const wake of waiters) wake();
  });
  await cdp.send('ServiceWorker.enable' as never);

  const until = (wanted: RunningStatus, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (history.at(-1) !== wanted) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`the extension's service worker did not reach "${wanted}" (last: ${history.at(-1)})`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  await until('running', 10_000);
  return {
    status: () => history.at(-1) ?? null,
    since: (from) => history.slice(from),
    mark: () => history.length,
    async stop() {
      if (version === null) throw new Error('no service worker of the extension seen');
      await cdp.send('ServiceWorker.stopWorker' as never, { versionId: version } as never);
      await until('stopped', 10_000);
    },
    running: (timeoutMs = 10_000) => until('running', timeoutMs),
  };
}
