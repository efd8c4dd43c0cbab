import type { CDPSession, Page } from '@playwright/test';

/**
 * The content script's clock (src/content/bench-timing.ts, e2e build only), with the page's
 * DOMContentLoaded: performance.now() values, one time origin (the page's navigation start).
 */
export type ContentTimings = { read: number; answered: number; painted: number; domContentLoaded: number };

type ExecutionContext = { id: number; name: string; auxData?: { type?: string; frameId?: string } };

/** Kept in the content script's own world, which page scripts never see: read through the DevTools protocol. */
const READ = `new Promise((resolve, reject) => {
  const started = performance.now();
  const check = () => {
    const t = globalThis.__nhspsTimings;
    if (t && t.read !== undefined && t.painted !== undefined) {
      const nav = performance.getEntriesByType('navigation')[0];
      return resolve({ read: t.read, answered: t.answered, painted: t.painted, domContentLoaded: nav.domContentLoadedEventStart });
    }
    if (performance.now() - started > TIMEOUT) return reject(new Error('no marks painted: ' + JSON.stringify(t ?? null)));
    setTimeout(check, 5);
  };
  check();
})`;

async function isolatedWorld(cdp: CDPSession, extensionName: string, timeoutMs: number): Promise<number> {
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => void contexts.push(context as ExecutionContext));
  // Enabling reports the contexts that already exist, then each new one.
  await cdp.send('Runtime.enable');
  const started = Date.now();
  for (;;) {
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === extensionName);
    if (world) return world.id;
    if (Date.now() - started > timeoutMs) throw new Error(`no isolated world named "${extensionName}" in the page`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits (polling inside the content script's world) until the marks are painted; the page's clock values. */
export async function contentTimings(page: Page, extensionName: string, timeoutMs = 30_000): Promise<ContentTimings> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contextId = await isolatedWorld(cdp, extensionName, timeoutMs);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression: READ.replace('TIMEOUT', String(timeoutMs)),
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as ContentTimings;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
