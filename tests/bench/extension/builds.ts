import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '../../..');
/**
 * The bench's own output folder (NHSPS_BENCH_OUT_DIR, by default `.output-bench`), handed to WXT as
 * NHSPS_OUT_DIR: the bench never replaces the builds in `.output` that the e2e tests and a loaded
 * unpacked extension use.
 */
export const BENCH_OUT_DIR = process.env.NHSPS_BENCH_OUT_DIR ?? '.output-bench';

export type Builds = {
  /** `wxt build`: what users install; the sizes and the taxonomy's files come from here. */
  release: string;
  /** `wxt build --mode e2e`: runs on loopback pages and keeps the content script's clock (bench-timing). */
  e2e: string;
};

const run = promisify(execFile);

async function wxtBuild(args: string[]): Promise<void> {
  try {
    await run(join(ROOT, 'node_modules/.bin/wxt'), ['build', ...args], {
      cwd: ROOT,
      env: { ...process.env, NHSPS_OUT_DIR: BENCH_OUT_DIR },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`wxt build ${args.join(' ')} failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/** Both builds, one after the other (they share `.wxt/`); `build: false` reuses the last ones. */
export async function benchBuilds({ build = true, progress = (_: string) => {} } = {}): Promise<Builds> {
  const builds = { release: join(ROOT, BENCH_OUT_DIR, 'chrome-mv3'), e2e: join(ROOT, BENCH_OUT_DIR, 'chrome-mv3-e2e') };
  if (build) {
    progress(`extension: release build (wxt build → ${BENCH_OUT_DIR})`);
    await wxtBuild([]);
    progress(`extension: e2e build (wxt build --mode e2e → ${BENCH_OUT_DIR})`);
    await wxtBuild(['--mode', 'e2e']);
  }
  for (const dir of Object.values(builds)) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build at ${dir}: run without --no-build`);
  }
  return builds;
}
