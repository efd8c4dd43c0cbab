import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sample from '../../src/cli/sample/profile.json';
import { TAXONOMY } from '../../src/core/taxonomy/skills';
import { launchWithExtension } from './browser/chromium';
import { serveOnLoopback } from './browser/loopback-server';
import { loadAdvert, type AdvertLoad } from './extension/advert-load';
import { benchBuilds } from './extension/builds';
import { contentTimings } from './extension/content-timings';
import { controlServiceWorker, type ServiceWorkerControl } from './extension/service-worker';
import { popupReadyMs } from './extension/popup-ready';
import { buildSizes, type BuildSizes } from './extension/sizes';
import { taxonomyFiles, type TaxonomyFiles } from './extension/taxonomy-files';
import { progress } from './log';
import { median } from './median';
import { BENCH_URL, benchAdvert } from './pages/bench-advert';

/** Runs of each kind; every figure is the median of its runs. */
export const EXTENSION_RUNS = { timing: 5, traced: 5, popup: 5 } as const;
const SCALES = [1, 100] as const;

export type ExtensionBenchResult = {
  chromium: string;
  /** The release build (`wxt build`). */
  sizes: BuildSizes;
  taxonomy: TaxonomyFiles;
  /**
   * The e2e build (the release code, plus loopback pages and the content script's clock) on the 1×
   * bench page, milliseconds from DOMContentLoaded to the marks painted: `cold` with the background's
   * service worker stopped before each load (checked stopped, and seen to start for the load), `warm`
   * in a load right after another (checked running, and not restarted).
   */
  highlights: {
    cold: { medianMs: number; runsMs: number[]; readMs: number };
    warm: { medianMs: number; runsMs: number[]; readMs: number; restarted: number };
  };
  /** popup.html?tab=<advert tab>, opened as a tab after a warm load: navigation start → the report's score. */
  popup: { medianMs: number; runsMs: number[] };
  /** Traced loads (background awake) per page size: the page's main-thread tasks, medians over the loads. */
  pages: Array<{
    scale: number;
    loads: number;
    extensionLongestTaskMs: number;
    evaluationMs: number;
    extensionTasks: number;
    allTasksLongestMs: number;
    highlightsMs: number;
  }>;
};

const pathFor = (scale: number) => `${new URL(BENCH_URL).pathname}-${scale}x`;

/** The background's worker, for what only it can do here (storage before any page, a tab's id). */
async function inBackground<T, A>(
  context: BrowserContext,
  extensionId: string,
  run: (arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  const ours = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  for (const worker of ours.reverse()) {
    try {
      return (await worker.evaluate(run as (arg: unknown) => Promise<T>, arg)) as T;
    } catch {
      // A worker stopped since: try the next one Playwright knows.
    }
  }
  throw new Error('the extension’s service worker could not be reached');
}

/** The command line's sample profile, stored as the extension stores a profile: adverts are compared with it. */
const seedProfile = (context: BrowserContext, extensionId: string) =>
  inBackground(
    context,
    extensionId,
    async (profile) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ profile });
    },
    sample,
  );

/** The browser's id for the tab showing `url`, which popup.html?tab= takes. */
const tabIdOf = (context: BrowserContext, extensionId: string, url: string) =>
  inBackground(
    context,
    extensionId,
    async (wanted) => (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id ?? null,
    url,
  );

async function coldAndWarm(load: () => Promise<AdvertLoad>, worker: ServiceWorkerControl) {
  const cold: AdvertLoad[] = [];
  const warm: AdvertLoad[] = [];
  let restarted = 0;
  for (let i = 0; i < EXTENSION_RUNS.timing; i++) {
    await worker.stop();
    let mark = worker.mark();
    cold.push(await load());
    if (!worker.since(mark).includes('starting')) throw new Error('a cold load did not start the background');
    await worker.running();
    mark = worker.mark();
    warm.push(await load());
    if (worker.since(mark).length > 0) restarted++;
  }
  return { cold, warm, restarted };
}

export async function runExtensionBench({ build = true } = {}): Promise<ExtensionBenchResult> {
  const builds = await benchBuilds({ build, progress });
  const sizes = buildSizes(builds.release);
  const taxonomy = taxonomyFiles(builds.release, TAXONOMY);
  const name = (JSON.parse(readFileSync(join(builds.e2e, 'manifest.json'), 'utf8')) as { name: string }).name;

  const server = await serveOnLoopback(new Map(SCALES.map((s) => [pathFor(s), benchAdvert(s)])));
  const browser = await launchWithExtension(builds.e2e);
  try {
    const { context } = browser;
    const worker0 = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker0.url()).host;
    const control = await context.newPage();
    const worker = await controlServiceWorker(await context.newCDPSession(control), extensionId);
    await seedProfile(context, extensionId);
    const url = (scale: number) => `${server.origin}${pathFor(scale)}`;
    const load = (scale: number, traced = false) => loadAdvert(context, url(scale), name, { traced });

    progress('extension: a first load, not counted (a fresh browser starts its page process)');
    await load(1);
    progress(
      `extension: the 1× page, ${EXTENSION_RUNS.timing} loads with the background asleep, each followed by one awake`,
    );
    const { cold, warm, restarted } = await coldAndWarm(() => load(1), worker);

    progress(`extension: the popup on the advert's tab, ${EXTENSION_RUNS.popup} times`);
    const popupRuns: number[] = [];
    for (let i = 0; i < EXTENSION_RUNS.popup; i++) {
      const advert = await context.newPage();
      await advert.goto(url(1));
      await contentTimings(advert, name); // the advert has its report: the popup asks its content script
      const tabId = await tabIdOf(context, extensionId, url(1));
      if (tabId === null) throw new Error('the advert’s tab was not found');
      popupRuns.push(await popupReadyMs(context, `chrome-extension://${extensionId}/popup.html?tab=${tabId}`));
      await advert.close();
    }

    const pages: ExtensionBenchResult['pages'] = [];
    for (const scale of SCALES) {
      progress(`extension: the ${scale}× page, ${EXTENSION_RUNS.traced} traced loads`);
      const runs: AdvertLoad[] = [];
      for (let i = 0; i < EXTENSION_RUNS.traced; i++) runs.push(await load(scale, true));
      const of = (pick: (t: NonNullable<AdvertLoad['tasks']>) => number) => median(runs.map((r) => pick(r.tasks!)));
      pages.push({
        scale,
        loads: runs.length,
        extensionLongestTaskMs: of((t) => t.extensionLongestMs),
        evaluationMs: of((t) => t.evaluationMs),
        extensionTasks: of((t) => t.extensionTasks),
        allTasksLongestMs: of((t) => t.allLongestMs),
        highlightsMs: median(runs.map((r) => r.highlightsMs)),
      });
    }

    const ms = (loads: AdvertLoad[]) => loads.map((l) => l.highlightsMs);
    return {
      chromium: context.browser()?.version() ?? 'unknown',
      sizes,
      taxonomy,
      highlights: {
        cold: { medianMs: median(ms(cold)), runsMs: ms(cold), readMs: median(cold.map((l) => l.readMs)) },
        warm: { medianMs: median(ms(warm)), runsMs: ms(warm), readMs: median(warm.map((l) => l.readMs)), restarted },
      },
      popup: { medianMs: median(popupRuns), runsMs: popupRuns },
      pages,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
