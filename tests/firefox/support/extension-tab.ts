import type { Browser, Page } from 'puppeteer-core';
import { vi } from 'vitest';
import { extensionOrigin } from './firefox';

/**
 * Firefox refuses to navigate a tab to a moz-extension:// page on the driver's request ("Navigation
 * to moz-extension://… is not allowed in this context"), and no web page may load one. A tab the
 * extension opens itself is one of its pages, though, and may go to any other: so the tests reach the
 * options page and the report the way a new user does, through the key's "Add your skills".
 */

/** The address a tab shows (puppeteer's page.url() stays about:blank for a tab the extension opened). */
export const addressOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

/**
 * Presses the first control in an advert's key, from the keyboard: a click on the element before the
 * key, then Tab (the key is in a closed shadow root, where no selector reaches). With an empty profile,
 * once the advert is analysed, that control is "Add your skills".
 */
export async function pressFirstKeyControl(advert: Page): Promise<void> {
  const before = await advert.$(':has(+ nhsps-key)');
  if (!before) throw new Error('No <nhsps-key> on the advert, or nothing before it to start from');
  await before.click();
  await advert.keyboard.press('Tab');
  const focused = await advert.evaluate(() => document.activeElement?.localName);
  if (focused !== 'nhsps-key') throw new Error(`Tab from before the key focused <${focused}>, not the key`);
  await advert.keyboard.press('Enter');
}

/** The tab of one of the extension's pages that opens after `action`. */
export async function extensionTabOpenedBy(browser: Browser, action: () => Promise<void>): Promise<Page> {
  const known = new Set(await browser.pages());
  await action();
  return vi.waitFor(
    async () => {
      for (const page of await browser.pages()) {
        if (!known.has(page) && (await addressOf(page)).startsWith(`${extensionOrigin}/`)) return page;
      }
      throw new Error('The extension opened no tab of its own');
    },
    { timeout: 10_000, interval: 200 },
  );
}

/**
 * Sends an extension tab to another of the extension's pages, from inside it, and waits for that page to
 * load. The page being left is marked, so going to the address it already has (a reload) is waited for too.
 */
export async function goInside(tab: Page, path: string): Promise<void> {
  const target = `${extensionOrigin}/${path}`;
  await tab.evaluate((url) => {
    Object.assign(window, { nhspsLeaving: true });
    location.href = url;
  }, target);
  await vi.waitFor(
    async () => {
      const [href, state, leaving] = await tab.evaluate(() => [
        location.href,
        document.readyState,
        'nhspsLeaving' in window,
      ]);
      if (href !== target || state !== 'complete' || leaving)
        throw new Error(`${target} not loaded: ${href}, ${state}`);
    },
    { timeout: 10_000, interval: 100 },
  );
}
