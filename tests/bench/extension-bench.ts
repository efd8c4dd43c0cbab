import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAXONOMY } from '../../src/core/taxonomy/skills';
import type { BackgroundWork } from './browser/background-tasks';
import { launchWithExtension } from './browser/chromium';
import { serveOnLoopback } from './browser/loopback-server';
import { loadAdvert, type AdvertLoad } from './extension/advert-load';
import { benchBuilds } from './extension/builds';
import { coldAndWarm } from './extension/cold-and-warm';
import { contentTimings } from './extension/content-timings';
import { seedProfile, tabIdOf } from './extension/in-background';
import { backgroundFigures, highlightFigures, pageFigures } from './extension/load-figures';
import { popupReadyMs } from './extension/popup-ready';
import { controlServiceWorker } from './extension/service-worker';
import { buildSizes, type BuildSizes } from './extension/sizes';
import { taxonomyFiles, type TaxonomyFiles } from './extension/taxonomy-files';
import { progress } from './log';
import { median } from './median';
import { BENCH_URL, benchAdvert } from './pages/bench-advert';

/**
 * Runs of each kind (pairs: one load with the background asleep, one right after); figures are medians. The
 * budgets' loads run 11 times: on two shared cores a median of 5 moved by up to 12 ms (awake) and 40 ms (asleep)
 * between runs minutes apart.
 */
export const EXTENSION_RUNS = { pairs: 11, tracedPairs: 5, traced100x: 5, popup: 11 } as const;

type Highlights = ReturnType<typeof highlightFigures>;

export type ExtensionBenchResult = {
  chromium: string;
  /** The release build (`wxt build`). */
  sizes: BuildSizes;
  taxonomy: TaxonomyFiles;
  /**
   * The e2e build (the release code, plus loopback pages and the content script's clock) on the 1×
   * bench page, milliseconds from DOMContentLoaded to the marks painted: `cold` with the background's
   * service worker stopped before each load (checked stopped, and seen to start for the load), `warm`
   * in a load right after (checked running; `restarted` counts loads in which it started again).
   */
  highlights: { cold: Highlights; warm: Highlights & { restarted: number } };
  /** popup.html?tab=<advert tab>, opened as a tab after a warm load: navigation start → the report's score. */
  popup: { medianMs: number; runsMs: number[] };
  /**
   * Traced loads (a browser-wide Chrome trace), medians: the advert page's main thread, at 1× (cold
   * and warm loads together) and 100× (warm); and the background's side at 1×, cold and warm.
   */
  pages: Array<ReturnType<typeof pageFigures>>;
  background: { cold: BackgroundWork; warm: BackgroundWork };
};

const pathFor = (scale: number) => `${new URL(BENCH_URL).pathname}-${scale}x`;

export async function runExtensionBench({ build = true } = {}): Promise<ExtensionBenchResult> {
  const builds = await benchBuilds({ build, progress });
  const sizes = buildSizes(builds.release);
  const taxonomy = taxonomyFiles(builds.release, TAXONOMY);
  const name = (JSON.parse(readFileSync(join(builds.e2e, 'manifest.json'), 'utf8')) as { name: string }).name;

  const server = await serveOnLoopback(new Map([1, 100].map((s) => [pathFor(s), benchAdvert(s)])));
  const browser = await launchWithExtension(builds.e2e);
  try {
    const { context } = browser;
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(first.url()).host;
    const worker = await controlServiceWorker(await context.newCDPSession(await context.newPage()), extensionId);
    await seedProfile(context, extensionId);
    const url = (scale: number) => `${server.origin}${pathFor(scale)}`;
    const load = (scale: number, traced = false) => loadAdvert(context, url(scale), name, { traced });

    // Not counted: a fresh browser starts its page process. It also shows the background answering before its
    // worker is first stopped: stopped a moment after the extension's first start, the worker was never woken
    // by a message again (every later load: "The extension did not answer").
    progress('extension: a first load, not counted (a fresh browser starts its page process)');
    await load(1);
    progress(`extension: the 1× page, ${EXTENSION_RUNS.pairs} times with the background asleep, then awake`);
    const timed = await coldAndWarm(() => load(1), worker, EXTENSION_RUNS.pairs);

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

    progress(`extension: the 1× page traced, ${EXTENSION_RUNS.tracedPairs} times asleep then awake`);
    const traced = await coldAndWarm(() => load(1, true), worker, EXTENSION_RUNS.tracedPairs);
    progress(`extension: the 100× page traced, ${EXTENSION_RUNS.traced100x} loads`);
    await worker.running();
    const hundred: AdvertLoad[] = [];
    for (let i = 0; i < EXTENSION_RUNS.traced100x; i++) hundred.push(await load(100, true));

    return {
      chromium: context.browser()?.version() ?? 'unknown',
      sizes,
      taxonomy,
      highlights: {
        cold: highlightFigures(timed.cold),
        warm: { ...highlightFigures(timed.warm), restarted: timed.restarted },
      },
      popup: { medianMs: median(popupRuns), runsMs: popupRuns },
      pages: [pageFigures(1, [...traced.cold, ...traced.warm], traced.warm), pageFigures(100, hundred)],
      background: { cold: backgroundFigures(traced.cold), warm: backgroundFigures(traced.warm) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
