import type { Page } from 'puppeteer-core';
import type { Browser as WebExtensionApis } from 'webextension-polyfill';

/** Firefox's own `browser` namespace, present in the extension's pages (these functions run there). */
declare const browser: WebExtensionApis;

/** Writes to the extension's storage from one of its tabs. */
export function storeItems(tab: Page, items: Record<string, unknown>): Promise<void> {
  return tab.evaluate((values) => browser.storage.local.set(values), items);
}

/** Reads the extension's storage from one of its tabs (every item for `null`). */
export function readItems(tab: Page, key: string | null = null): Promise<Record<string, unknown>> {
  return tab.evaluate((k) => browser.storage.local.get(k), key);
}

export function clearStorage(tab: Page): Promise<void> {
  return tab.evaluate(() => browser.storage.local.clear());
}

/** The browser's id for the tab showing this address (the e2e build may read loopback tabs' addresses). */
export async function tabIdShowing(tab: Page, url: string): Promise<number> {
  const id = await tab.evaluate(
    async (wanted) => (await browser.tabs.query({})).find((t) => t.url === wanted)?.id ?? null,
    url,
  );
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}
