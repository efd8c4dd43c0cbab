import type { Page } from '@playwright/test';
import type { PageBench, Runs } from './browser/page-entry';
import { benchBundle } from './browser/bundle';
import { launchChromium, servePages } from './browser/chromium';
import { progress } from './log';
import { BENCH_URL, benchAdvert } from './pages/bench-advert';
import type { StageMedians } from './pipeline/stages';

export const SCALES = [1, 10, 100] as const;

/**
 * Runs per page size: the 1× and 10× runs are a few milliseconds each and noisy (garbage collection
 * lands in one run in three or four), so many of them; 100× fewer. mark.js takes seconds a run, once.
 */
const STAGE_RUNS: Record<number, Runs> = {
  1: { warmup: 20, runs: 51 },
  10: { warmup: 10, runs: 31 },
  100: { warmup: 3, runs: 11 },
};
export const MARK_JS_RUNS: Runs = { warmup: 0, runs: 1 };
export const NAIVE_RUNS: Runs = { warmup: 1, runs: 3 };

export type BrowserBenchResult = {
  /** Playwright's name for the browser's version. */
  chromium: string;
  /** The pipeline per page size, medians per stage. */
  scales: Array<{ scale: number; pageBytes: number } & StageMedians>;
  /** A page fresh from load, the first thing done: evaluate the bundle, index the taxonomy, one run. */
  cold: Awaited<ReturnType<PageBench['cold']>>;
  markJs: ReturnType<PageBench['markJs']> & { runs: number };
  naive: ReturnType<PageBench['naive']> & { runs: number };
};

const origin = new URL(BENCH_URL).origin;
const pathFor = (scale: number) => `${new URL(BENCH_URL).pathname}-${scale}x`;

async function open(page: Page, bundle: string, scale: number) {
  await page.goto(`${origin}${pathFor(scale)}`);
  await page.addScriptTag({ content: bundle });
}

const call = <K extends keyof PageBench>(page: Page, method: K, runs?: Runs) =>
  page.evaluate(
    ([m, r]) => (globalThis as unknown as { nhspsBench: Record<string, (r?: Runs) => unknown> }).nhspsBench[m]!(r),
    [method, runs] as const,
  ) as Promise<PageBench[K] extends (...a: never[]) => infer R ? R : never>;

/** The pipeline inside Chromium at 1×, 10× and 100×, and the peers on the 1× page. */
export async function runBrowserBench(): Promise<BrowserBenchResult> {
  const bundle = await benchBundle();
  const pages = new Map(SCALES.map((s) => [pathFor(s), benchAdvert(s)]));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await servePages(page, origin, pages);
    const scales: BrowserBenchResult['scales'] = [];
    let cold: BrowserBenchResult['cold'] | undefined;
    for (const scale of SCALES) {
      progress(`browser: pipeline at ${scale}×`);
      await open(page, bundle, scale);
      if (scale === 1) cold = await call(page, 'cold');
      scales.push({
        scale,
        pageBytes: Buffer.byteLength(pages.get(pathFor(scale))!),
        ...(await call(page, 'stages', STAGE_RUNS[scale])),
      });
    }
    await open(page, bundle, 1);
    progress('browser: mark.js on the 1× page (about 15 s a run)');
    const markJs = { ...(await call(page, 'markJs', MARK_JS_RUNS)), runs: MARK_JS_RUNS.runs };
    await open(page, bundle, 1); // without mark.js's marks
    progress('browser: one RegExp per phrase on the 1× page');
    const naive = { ...(await call(page, 'naive', NAIVE_RUNS)), runs: NAIVE_RUNS.runs };
    return { chromium: browser.version(), scales, cold: cold!, markJs, naive };
  } finally {
    await browser.close();
  }
}
