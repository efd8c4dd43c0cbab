import type { BrowserContext } from '@playwright/test';
import { backgroundWork, type BackgroundWork } from '../browser/background-tasks';
import { extensionTasks, pageMainThreadTasks } from '../browser/extension-tasks';
import { traceWhile } from '../browser/trace';
import { contentTimings } from './content-timings';

/** After the marks are painted: what the extension still does (its overlay's redraws, the history write). */
const SETTLE_MS = 300;

/** One load of an advert page with the extension, timed from DOMContentLoaded (ms). */
export type AdvertLoad = {
  /** The content script has read the page. */
  readMs: number;
  /** The background's answer has come (the content script's side of the round trip). */
  answeredMs: number;
  /** The marks are painted (the background's answer drawn in the overlay). */
  highlightsMs: number;
  /** Traced loads only: the main-thread tasks of the page. */
  tasks?: {
    /** The longest task in which the extension's content script ran (its evaluation, reading, painting…). */
    extensionLongestMs: number;
    /** The longest of the same tasks by thread (CPU) time: near the wall time on a quiet machine. */
    extensionLongestCpuMs: number;
    /** The task that evaluated the content script. */
    evaluationMs: number;
    extensionTasks: number;
    /** The longest task of any kind on the page's main thread (the page's own parsing and layout included). */
    allLongestMs: number;
    /** The background's side, from the page read to the marks painted. */
    background: BackgroundWork;
  };
};

export async function loadAdvert(
  context: BrowserContext,
  url: string,
  extensionName: string,
  { traced = false } = {},
): Promise<AdvertLoad> {
  const page = await context.newPage();
  try {
    let timings: Awaited<ReturnType<typeof contentTimings>> | undefined;
    const visit = async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      timings = await contentTimings(page, extensionName);
      if (traced) await page.waitForTimeout(SETTLE_MS);
    };
    const trace = traced ? await traceWhile(context, visit) : (await visit(), null);
    const { read, answered, painted, domContentLoaded } = timings!;
    const load: AdvertLoad = {
      readMs: read - domContentLoaded,
      answeredMs: answered - domContentLoaded,
      highlightsMs: painted - domContentLoaded,
    };
    if (trace) {
      const ours = extensionTasks(trace, { url, at: [read, painted] });
      if (ours.length === 0) throw new Error(`no task of the extension's content script in the trace of ${url}`);
      load.tasks = {
        extensionLongestMs: ours[0]!.ms,
        extensionLongestCpuMs: Math.max(...ours.map((t) => t.cpuMs)),
        evaluationMs: ours.find((t) => t.evaluation)?.ms ?? 0,
        extensionTasks: ours.length,
        allLongestMs: Math.max(0, ...pageMainThreadTasks(trace).map((t) => t.ms)),
        background: backgroundWork(trace, { url, read, painted }),
      };
    }
    return load;
  } finally {
    await page.close();
  }
}
