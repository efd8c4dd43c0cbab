import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Chromium 156 keeps its omnibox popup as WebUI pages in a renderer of their own, which a headless browser
 * loads too and which work at each navigation: measured by a CPU profile, about 150 ms of a 2-core machine
 * per advert load, taken from the page and the background being timed. A bench measures the extension, so
 * they are turned off, as are the browser's other background chores.
 */
const NO_OMNIBOX_WEBUI = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup';
const QUIET = [
  NO_OMNIBOX_WEBUI,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
