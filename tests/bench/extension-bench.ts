import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, servePages } from './browser/chromium';
import { BENCH_URL, benchAdvert } from './pages/bench-advert';

const ROOT = join(import.meta.dirname, '../..');

export type ExtensionBenchResult = {
  /** Gzipped (level 9) JavaScript of the release build. */
  sizes: { contentScriptBytes: number; contentScriptGzipBytes: number; popupGzipBytes: number; popupLazyGzipBytes: number };
  /**
   * The built extension on the bench pages (its release content script, cold on every load): the
   * longest main-thread task, and when the key appeared, from the page's start, medians of `loads`.
   */
  pages: Array<{ scale: number; loads: number; longestTaskMs: number; legendAtMs: number; tasksOver50: number }>;
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
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`;()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(folder + m[1]);
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) lazy.add(folder + m[1]);
  };
  visit(entry);
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzip(join(dir, f)), 0);
  return { eager: sum(seen), lazy: sum([...lazy].filter((f) => !seen.has(f))) };
}

/** Builds the release extension (wxt build) unless `build` is false; its folder. */
export function releaseBuild(build: boolean): string {
  const outDir = process.env.NHSPS_OUT_DIR ?? '.output';
  if (build) execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NHSPS_OUT_DIR: outDir } });
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

export async function runExtensionBench({ build = true } = {}): Promise<ExtensionBenchResult> {
  const dir = releaseBuild(build);
  const script = join(dir, 'content-scripts/advert.js');
  const popup = popupSizes(dir);
  const sizes = {
    contentScriptBytes: readFileSync(script).length,
    contentScriptGzipBytes: gzip(script),
    popupGzipBytes: popup.eager,
    popupLazyGzipBytes: popup.lazy,
  };

  const plan = [
    { scale: 1, loads: 5 },
    { scale: 100, loads: 3 },
  ];
  const origin = new URL(BENCH_URL).origin;
  const path = (scale: number) => `${new URL(BENCH_URL).pathname}-${scale}x`;
  const browser = await launchWithExtension(dir);
  try {
    const { context } = browser;
    await servePages(context, origin, new Map(plan.map(({ scale }) => [path(scale), benchAdvert(scale)])));
    await context.addInitScript(watchPage);
    const pages: ExtensionBenchResult['pages'] = [];
    for (const { scale, loads } of plan) {
      const runs: Array<{ longest: number; legendAt: number; over: number }> = [];
      for (let i = 0; i < loads; i++) {
        const page = await context.newPage();
        await page.goto(`${origin}${path(scale)}`);
        await page.waitForFunction(() => (window as unknown as { nhspsLegendAt: number | null }).nhspsLegendAt !== null, null, { timeout: 60_000 });
        await page.waitForTimeout(500); // tasks still running after the key appears (history, observers)
        const { tasks, legendAt } = await page.evaluate(() => {
          const w = window as unknown as { nhspsTasks: number[]; nhspsLegendAt: number };
          return { tasks: w.nhspsTasks, legendAt: w.nhspsLegendAt };
        });
        runs.push({ longest: Math.max(0, ...tasks), legendAt, over: tasks.filter((t) => t > 50).length });
        await page.close();
      }
      pages.push({
        scale,
        loads,
        longestTaskMs: median(runs.map((r) => r.longest)),
        legendAtMs: median(runs.map((r) => r.legendAt)),
        tasksOver50: median(runs.map((r) => r.over)),
      });
    }
    return { sizes, pages };
  } finally {
    await browser.close();
  }
}
