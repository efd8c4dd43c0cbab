import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { DYNAMIC_ADVERTS } from '../fixtures/dynamic/dynamic-adverts';
import { EXTENSION_DIR, expect, test, unpackedExtensionId } from './support/extension';
import { highlightCopies, highlightTexts } from './support/highlights';

const SAMPLE = '/candidate/jobadvert/C9999-26-0001';

/** Everything the extension can leave on a page: highlights, the key, style elements, <mark> wrappers. */
function traces(page: Page) {
  return page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('nhsps-')),
    elements: document.querySelectorAll('nhsps-legend, mark[data-nhsps], style[id^="nhsps-"], [data-wxt-shadow-root]')
      .length,
  }));
}

/** Whether every highlighted range still lies in the page (not in elements a re-render removed). */
function rangesConnected(page: Page) {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('nhsps-'))
      .every(([, highlight]) => [...highlight].every((range) => range.startContainer.isConnected)),
  );
}

/**
 * A browser of its own with its own copy of the extension: reloading or disabling the extension
 * must not take it away from the other tests, which share the worker's browser.
 */
async function ownBrowser(run: (context: BrowserContext, extensionId: string) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'nhsps-lifecycle-'));
  const extension = join(dir, 'extension');
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await run(context, unpackedExtensionId(extension));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('a page that changes after load', () => {
  test('is read again when it re-renders its person specification', async ({ page, server }) => {
    await page.goto(`${server.origin}${DYNAMIC_ADVERTS.rerender}`);
    const tally = page.locator('nhsps-legend .tally');
    await expect(tally).toHaveText(/of 1 met/);
    await page.getByRole('button', { name: 'Re-render' }).click();
    await expect(tally).toHaveText(/of 2 met/);
    await expect
      .poll(async () => (await highlightTexts(page)).missing ?? [])
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/clinical audit/i), expect.stringMatching(/NMC registration/i)]),
      );
    expect(await rangesConnected(page)).toBe(true);
  });

  test('marks the mobile copy once it is filled on opening the "Job description" details', async ({ page, server }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`${server.origin}${DYNAMIC_ADVERTS.fillOnOpen}`);
    await expect(page.locator('nhsps-legend')).toHaveCount(1);
    expect(await page.locator('details.show-mobile li').count()).toBe(0);
    await page.locator('details.show-mobile > summary').click();
    await expect(page.locator('details.show-mobile li')).toHaveCount(1);
    await expect.poll(() => highlightCopies(page)).toEqual(['mobile']);
    expect(await rangesConnected(page)).toBe(true);
  });

  test('the Re-scan button reads the page again, and says when nothing changed', async ({ page, server }) => {
    await page.goto(`${server.origin}${DYNAMIC_ADVERTS.renameId}`);
    const key = page.locator('nhsps-legend');
    await expect(key.locator('.tally')).toHaveText(/of 1 met/);

    await key.getByRole('button', { name: 'Re-scan' }).click();
    await expect(key.getByText('Page read again: no change')).toBeVisible();

    // Only an attribute changes, which the page watcher does not follow: the button finds it.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForTimeout(1_000);
    await expect(key.locator('.tally')).toHaveText(/of 1 met/);
    await key.getByRole('button', { name: 'Re-scan' }).click();
    await expect(key.getByText('Page read again: updated')).toBeVisible();
    await expect(key.locator('.tally')).toHaveText(/of 2 met/);
  });

  test('its own changes to the page (key folded, next-gap flash) do not make it publish a new analysis', async ({
    openReport,
    page,
    server,
  }) => {
    await page.goto(`${server.origin}${SAMPLE}`);
    await expect(page.locator('nhsps-legend')).toHaveCount(1);
    const popup = await openReport(page);
    const analysedAt = () =>
      popup.evaluate(
        async (tab) =>
          ((await chrome.tabs.sendMessage(tab, { type: 'get-analysis' })) as { analysedAt: string }).analysedAt,
        Number(new URL(popup.url()).searchParams.get('tab')),
      );
    const first = await analysedAt();
    // Folding and unfolding the key, and the next-gap flash, change only the extension's own elements.
    const key = page.locator('nhsps-legend');
    await key.getByRole('button', { name: /Next essential gap/ }).click();
    await key.getByRole('button', { name: 'Hide the key' }).click();
    await key.getByRole('button', { name: /Person spec:/ }).click();
    await page.waitForTimeout(1_500);
    expect(await analysedAt()).toBe(first);
  });
});

test.describe('when the extension goes away', () => {
  test('a reload leaves the open advert clean: no highlights, no key, no styles', async ({ server }) => {
    await ownBrowser(async (context, extensionId) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}${SAMPLE}`);
      await expect(page.locator('nhsps-legend')).toHaveCount(1);
      await expect.poll(() => traces(page)).toMatchObject({ highlights: expect.arrayContaining(['nhsps-missing']) });
      expect((await traces(page)).elements).toBeGreaterThan(0);

      const extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
      await extensionPage.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50));

      await expect.poll(() => traces(page), { timeout: 10_000 }).toEqual({ highlights: [], elements: 0 });
      // The advert itself is untouched: its criteria are still there, as served.
      await expect(page.locator('#essential_skill_1_criteria_1').first()).toBeVisible();
    });
  });

  test('disabling it leaves the open advert clean too', async ({ server }) => {
    await ownBrowser(async (context, extensionId) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}${SAMPLE}`);
      await expect(page.locator('nhsps-legend')).toHaveCount(1);
      expect((await traces(page)).highlights.length).toBeGreaterThan(0);

      const manager = await context.newPage();
      await manager.goto(`chrome://extensions/?id=${extensionId}`);
      const toggle = manager.locator('extensions-detail-view #enableToggle');
      await expect(toggle).toHaveAttribute('aria-checked', 'true');
      // Under load the settings page can miss a click while it is still settling: click until it takes.
      await expect(async () => {
        if ((await toggle.getAttribute('aria-checked')) === 'true') await toggle.click();
        await expect(toggle).toHaveAttribute('aria-checked', 'false', { timeout: 2_000 });
      }).toPass({ timeout: 15_000 });

      await expect.poll(() => traces(page), { timeout: 10_000 }).toEqual({ highlights: [], elements: 0 });
    });
  });
});
