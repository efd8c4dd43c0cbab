import type { BrowserContext } from '@playwright/test';

/** The fields of a Chrome trace event that the bench reads. */
export type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what the task took without the waits of a loaded machine. */
  tdur?: number;
  /** `name`: a thread's name, in the metadata events (ph 'M') that end a trace. */
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string } };
};

/**
 * Top-level tasks, what ran inside them (with the script's address), timers and microtasks, and the
 * page's navigationStart (to place the page's performance.now() values on the trace's clock).
 */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing'];

/**
 * A Chrome trace of the whole browser (the DevTools protocol's browser session: the advert page's
 * process and the extension's service worker alike) while `action` runs. Unlike the longtask observer,
 * it says whose script each task ran, so the extension's tasks can be told from the page's own.
 */
export async function traceWhile(context: BrowserContext, action: () => Promise<void>): Promise<TraceEvent[]> {
  const browser = context.browser();
  if (!browser) throw new Error('tracing needs the browser, not only a context');
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}
