import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * The in-page side of the benchmark as one classic script (IIFE), bundled by esbuild from the same
 * sources the extension builds from. Injected into each bench page, it can time each stage of the
 * pipeline and run the peers in the same page, which the built content script (an isolated world
 * that exposes nothing) cannot; the built extension is measured separately (sizes, long tasks).
 */
export async function benchBundle({ minify = true } = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify,
    write: false,
    banner: { js: 'globalThis.nhspsBenchStart = performance.now();' },
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}
