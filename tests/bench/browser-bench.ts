import type { Page } from '@playwright/test';
import type { PageBench, Runs } from './browser/page-entry';
import { benchBundle } from './browser/bundle';
import { launchChromium, servePages } from './browser/chromium';
import { BENCH_URL, benchAdvert } from './pages/bench-advert';
import type { StageMedians } from './pipeline/stages';

export const SCALES = [1, 10, 100] as const;

export type BrowserBenchResult = {
  /** The pipeline per page size, medians per stage. */
  scales: Array<{ scale: number; pageBytes: number } & StageMedians>;
  /** A page fresh from load, the first thing done: evaluate the bundle, index the taxonomy, one run. */
  cold: Awaited<ReturnType<PageBench['cold']>>;
  markJs: ReturnType<PageBench['markJs']>;
  naive: ReturnType<PageBench['naive']>;
};

const origin = new URL(BENCH_URL).origin;
const pathFor = (scale: number) => `${new URL(BENCH_URL).pathname}-${scale}x`;

async function open(page: Page, bundle: string, scale: number) {
  await page.goto(`${origin}${pathFor(scale)}`);
  await page.addScriptTag({ content: bundle });
}

const call = <K extends keyof PageBench>(page: Page, method: K, runs?: Runs) =>
  page.evaluate(([m, r]) => (globalThis as unknown as { nhspsBench: Record<string, (r?: Runs) => unknown> }).nhspsBench[m]!(r), [method, runs] as const) as Promise<
    PageBench[K] extends (...a: never[]) => infer R ? R : never
  >;

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
      await open(page, bundle, scale);
      if (scale === 1) cold = await call(page, 'cold');
      const runs = scale === 100 ? { warmup: 2, runs: 7 } : { warmup: 5, runs: 21 };
      scales.push({ scale, pageBytes: Buffer.byteLength(pages.get(pathFor(scale))!), ...(await call(page, 'stages', runs)) });
    }
    await open(page, bundle, 1);
    const markJs = await call(page, 'markJs', { warmup: 1, runs: 3 });
    const naive = await call(page, 'naive', { warmup: 1, runs: 3 });
    return { scales, cold: cold!, markJs, naive };
  } finally {
    await browser.close();
  }
}
