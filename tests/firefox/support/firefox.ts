import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const OUTPUT = resolve(import.meta.dirname, '../../..', process.env.NHSPS_OUT_DIR ?? '.output');
/** `npm run build:e2e:firefox`: the Firefox (MV2) build with loopback adverts and host access. */
export const FIREFOX_EXTENSION_DIR = join(OUTPUT, 'firefox-mv2-e2e');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The add-on's id, from browser_specific_settings.gecko in wxt.config.ts. */
export const GECKO_ID = 'nhs-person-spec-helper@example.org';
/**
 * Firefox gives each install a random UUID for its moz-extension:// origin; this preference pins it, so
 * the tests know the extension's pages' addresses before it is installed.
 */
export const EXTENSION_UUID = '6f3c2a4e-1b7d-4e55-9a0c-5d2f8e9b7a11';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

/** What the pages said on their consoles, and what they threw, for the report of a failing test. */
export type PageLog = { url: string; kind: string; text: string };

export type FirefoxSession = { browser: Browser; logs: PageLog[]; close(): Promise<void> };

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi (no browser is downloaded), with the e2e build
 * installed as a temporary add-on. NHSPS_FIREFOX_DUMPIO=1 also prints the browser's own console on
 * stdout, the background's messages included (BiDi reports only web pages' and extension tabs' logs).
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox e2e build at ${FIREFOX_EXTENSION_DIR}: run "npm run build:e2e:firefox" first`);
  }
  const dumpio = process.env.NHSPS_FIREFOX_DUMPIO === '1';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    dumpio,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...(dumpio && { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true }),
    },
  });
  const logs: PageLog[] = [];
  const listen = (page: Page) => {
    page.on('console', (m) =>
      logs.push({ url: m.location().url ?? page.url(), kind: `console.${m.type()}`, text: m.text() }),
    );
    page.on('pageerror', (e) => logs.push({ url: page.url(), kind: 'pageerror', text: String(e) }));
  };
  for (const page of await browser.pages()) listen(page);
  browser.on('targetcreated', (target) => void target.page().then((page) => page && listen(page)));
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, logs, close: () => browser.close() };
}
