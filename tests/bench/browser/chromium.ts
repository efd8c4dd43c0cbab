import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const QUIET = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Debian's Chromium, headless, never a downloaded browser. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET });
}

/** Chromium with an unpacked extension loaded, in a throw-away profile; close() removes the profile. */
export async function launchWithExtension(dir: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'nhsps-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Pages answered from memory for any address under `origin`: nothing reaches the network. */
export async function servePages(
  target: { route: BrowserContext['route'] },
  origin: string,
  pages: ReadonlyMap<string, string>,
): Promise<void> {
  await target.route(`${origin}/**`, (route) => {
    const body = pages.get(new URL(route.request().url()).pathname);
    return body === undefined
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}
