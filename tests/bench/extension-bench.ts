import type { BrowserContext, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, launchWithExtension, servePages } from './browser/chromium';
import { extensionTasks } from './browser/extension-tasks';
import { traceWhile } from './browser/trace';
import { progress } from './log';
import { BENCH_URL, benchAdvert } from './pages/bench-advert';

const ROOT = join(import.meta.dirname, '../..');

export type ExtensionBenchResult = {
  /** Gzipped (level 9) JavaScript of the release build. */
  sizes: {
    contentScriptBytes: number;
    contentScriptGzipBytes: number;
    popupGzipBytes: number;
    popupLazyGzipBytes: number;
  };
  /**
   * The built extension on the bench pages (its release content script, cold on every load), medians
   * of `loads` loads, milliseconds from the page's start:
   * - `legendAtMs`: when the key appeared;
   * - `extension…`: main-thread tasks in which the extension's script ran (from a Chrome trace), the
   *   longest, how many over 50 ms, and the one that evaluated the content script;
   * - `allTasks…`: every long task on the page with the extension (longtask observer), the page's own
   *   parsing and layout included;
   * - `pageAlone…`: the same page without the extension, for comparison.
   */
  pages: Array<{
    scale: number;
    loads: number;
    legendAtMs: number;
    extensionLongestTaskMs: number;
    extensionTasksOver50: number;
    scriptEvaluationMs: number;
    allTasksLongestMs: number;
    allTasksOver50: number;
    pageAloneLongestMs: number;
    pageAloneOver50: number;
  }>;
};

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The popup's JavaScript: its entry chunk and what that imports statically; dynamic imports (pdf.js) apart. */
function popupSizes(dir: string): { eager: number; lazy: number } {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const entry = /<script[^>]+src="\/([^"]+\.js)"/.exec(html)![1]!;
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`;()]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(folder + m[1]);
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) lazy.add(folder + m[1]);
  };
  visit(entry);
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzip(join(dir, f)), 0);
  return { eager: sum(seen), lazy: sum([...lazy].filter((f) => !seen.has(f))) };
}

/**
 * Builds the release extension (wxt build) unless `build` is false; its folder. It goes to
 * NHSPS_OUT_DIR, by default `.output-bench`, so the bench never replaces the build in `.output`.
 */
export function releaseBuild(build: boolean): string {
  const outDir = process.env.NHSPS_OUT_DIR ?? '.output-bench';
  if (build)
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, NHSPS_OUT_DIR: outDir },
    });
  return join(ROOT, outDir, 'chrome-mv3');
}

/** Registered before any script of the page runs: long tasks, and when the extension's key appears. */
function watchPage() {
  const w = window as unknown as { nhspsTasks: number[]; nhspsLegendAt: number | null };
  w.nhspsTasks = [];
  w.nhspsLegendAt = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.nhspsTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('nhsps-legend')) {
      w.nhspsLegendAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const SETTLE_MS = 500; // tasks still running after the key appears (history, observers)
const PLAN = [
  { scale: 1, loads: 5 },
  { scale: 100, loads: 5 },
];
const origin = new URL(BENCH_URL).origin;
const path = (scale: number) => `${new URL(BENCH_URL).pathname}-${scale}x`;
const longTasks = async (page: Page) => page.evaluate(() => (window as unknown as { nhspsTasks: number[] }).nhspsTasks);

async function prepare(context: BrowserContext) {
  await servePages(context, origin, new Map(PLAN.map(({ scale }) => [path(scale), benchAdvert(scale)])));
  await context.addInitScript(watchPage);
}

/** One load of the bench page with the extension: traced, until the key appears and things settle. */
async function loadWithExtension(context: BrowserContext, scale: number) {
  const page = await context.newPage();
  let tasks: number[] = [];
  let legendAt = 0;
  const trace = await traceWhile(context, page, async () => {
    await page.goto(`${origin}${path(scale)}`);
    await page.waitForFunction(
      () => (window as unknown as { nhspsLegendAt: number | null }).nhspsLegendAt !== null,
      null,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(SETTLE_MS);
    tasks = await longTasks(page);
    legendAt = await page.evaluate(() => (window as unknown as { nhspsLegendAt: number }).nhspsLegendAt);
  });
  await page.close();
  const ours = extensionTasks(trace);
  if (ours.length === 0) throw new Error(`no task of the extension in the trace of the ${scale}× page`);
  return {
    legendAt,
    extensionLongest: ours[0]!.ms,
    extensionOver: ours.filter((t) => t.ms > 50).length,
    evaluation: ours.find((t) => t.evaluation)?.ms ?? 0,
    allLongest: Math.max(0, ...tasks),
    allOver: tasks.filter((t) => t > 50).length,
  };
}

/** The same page without the extension: the long tasks of the page's own parsing and layout. */
async function loadAlone(context: BrowserContext, scale: number) {
  const page = await context.newPage();
  await page.goto(`${origin}${path(scale)}`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await longTasks(page);
  await page.close();
  return { longest: Math.max(0, ...tasks), over: tasks.filter((t) => t > 50).length };
}

export async function runExtensionBench({ build = true } = {}): Promise<ExtensionBenchResult> {
  progress('extension: release build');
  const dir = releaseBuild(build);
  const script = join(dir, 'content-scripts/advert.js');
  const popup = popupSizes(dir);
  const sizes = {
    contentScriptBytes: readFileSync(script).length,
    contentScriptGzipBytes: gzip(script),
    popupGzipBytes: popup.eager,
    popupLazyGzipBytes: popup.lazy,
  };

  const alone = new Map<number, Array<Awaited<ReturnType<typeof loadAlone>>>>();
  const plain = await launchChromium();
  try {
    const context = await plain.newContext();
    await prepare(context);
    for (const { scale, loads } of PLAN) {
      progress(`extension: the ${scale}× page without the extension, ${loads} loads`);
      const runs = [];
      for (let i = 0; i < loads; i++) runs.push(await loadAlone(context, scale));
      alone.set(scale, runs);
    }
  } finally {
    await plain.close();
  }

  const browser = await launchWithExtension(dir);
  try {
    await prepare(browser.context);
    const pages: ExtensionBenchResult['pages'] = [];
    for (const { scale, loads } of PLAN) {
      progress(`extension: the ${scale}× page with the extension, ${loads} traced loads`);
      const runs = [];
      for (let i = 0; i < loads; i++) runs.push(await loadWithExtension(browser.context, scale));
      const base = alone.get(scale)!;
      pages.push({
        scale,
        loads,
        legendAtMs: median(runs.map((r) => r.legendAt)),
        extensionLongestTaskMs: median(runs.map((r) => r.extensionLongest)),
        extensionTasksOver50: median(runs.map((r) => r.extensionOver)),
        scriptEvaluationMs: median(runs.map((r) => r.evaluation)),
        allTasksLongestMs: median(runs.map((r) => r.allLongest)),
        allTasksOver50: median(runs.map((r) => r.allOver)),
        pageAloneLongestMs: median(base.map((r) => r.longest)),
        pageAloneOver50: median(base.map((r) => r.over)),
      });
    }
    return { sizes, pages };
  } finally {
    await browser.close();
  }
}
