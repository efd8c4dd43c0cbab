import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from './server';

/** How often, and how far apart, a test asks the tabs which one analysed a page before giving up. */
const ANSWER_TRIES = 50;
const ANSWER_PAUSE_MS = 100;

const OUTPUT = resolve(import.meta.dirname, '../../..', process.env.NHSPS_OUT_DIR ?? '.output');
export const EXTENSION_DIR = join(OUTPUT, 'chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium names an unpacked extension after its folder: sha256 of the path, hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A fresh browser profile with the e2e build loaded: what a user sees right after installing it. */
export async function launchExtension(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION_DIR}: run "npm run build:e2e" first`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'nhsps-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The set-up tab the extension opens when it is installed (already open, or about to be). */
export async function setupTabOnInstall(context: BrowserContext, timeout = 15_000): Promise<Page> {
  const isSetup = (page: Page) => /^chrome-extension:\/\/[a-p]{32}\/setup\.html/.test(page.url());
  for (const deadline = Date.now() + timeout; Date.now() < deadline;) {
    const open = context.pages().find(isSetup);
    if (open) return open;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The set-up did not open within ${timeout} ms of the install`);
}

type Fixtures = {
  extensionUrl: (page: string) => string;
  findTabId: (page: Page) => Promise<number>;
  tabIdByUrl: (page: Page) => Promise<number>;
  openReport: (advert: Page, query?: string) => Promise<Page>;
  cleanStorage: void;
};
type WorkerFixtures = { extensionContext: BrowserContext; server: FixtureServer; extensionId: string };

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionContext: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring
    async ({}, use) => {
      const launched = await launchExtension();
      // The install opens the set-up in a tab of its own (first-run.spec.ts checks it): out of the other tests' way.
      const setup = await setupTabOnInstall(launched.context).catch(() => null);
      await setup?.close();
      await use(launched.context);
      await launched.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionContext }, use) => use(extensionContext),
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring
  extensionId: [async ({}, use) => use(unpackedExtensionId(EXTENSION_DIR)), { scope: 'worker' }],
  /** Every test starts with empty extension storage: the browser is shared by the worker's tests. */
  cleanStorage: [
    async ({ context, extensionUrl }, use) => {
      const page = await context.newPage();
      await page.goto(extensionUrl('options.html'));
      await page.evaluate(() => chrome.storage.local.clear());
      await page.close();
      await use();
      for (const open of context.pages()) await open.close();
    },
    { auto: true },
  ],
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
  extensionUrl: async ({ extensionId }, use) => use((page) => `chrome-extension://${extensionId}/${page}`),
  /** The browser's id for a page's tab: asks each tab's content script which address it analysed. */
  findTabId: async ({ context, extensionUrl }, use) => {
    await use(async (target) => {
      const helper = await context.newPage();
      await helper.goto(extensionUrl('options.html'));
      const url = target.url().split(/[?#]/)[0];
      const ask = () =>
        helper.evaluate(async (wanted) => {
          const tabs = await chrome.tabs.query({});
          for (const tab of tabs) {
            if (tab.id === undefined) continue;
            const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'get-analysis' }).catch(() => undefined)) as
              { analysed?: { url?: string } } | undefined;
            if (reply?.analysed?.url === wanted) return tab.id;
          }
          return null;
        }, url);
      // Right after a navigation the tab may not have answered yet (its analysis is on its way): ask again.
      let id = await ask();
      for (let tries = 1; id === null && tries < ANSWER_TRIES; tries++) {
        await helper.waitForTimeout(ANSWER_PAUSE_MS);
        id = await ask();
      }
      await helper.close();
      if (id === null) throw new Error(`No content script answered for ${url}`);
      return id;
    });
  },
  /**
   * A tab's id by its address, for a page no content script answers on (the e2e build may see
   * loopback tabs' addresses).
   */
  tabIdByUrl: async ({ context, extensionUrl }, use) => {
    await use(async (target) => {
      const helper = await context.newPage();
      await helper.goto(extensionUrl('options.html'));
      const id = await helper.evaluate(
        async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null,
        target.url(),
      );
      await helper.close();
      if (id === null) throw new Error(`No tab for ${target.url()}`);
      return id;
    });
  },
  /** The report for an advert's tab, opened as a page of its own: popup.html?tab=<id>, plus any query. */
  openReport: async ({ context, extensionUrl, findTabId }, use) => {
    await use(async (advert, query = '') => {
      const report = await context.newPage();
      await report.goto(extensionUrl(`popup.html?tab=${await findTabId(advert)}${query}`));
      return report;
    });
  },
});

export const expect = test.expect;
