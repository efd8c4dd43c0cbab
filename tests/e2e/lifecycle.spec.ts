import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { DYNAMIC_ADVERTS } from '../fixtures/dynamic/dynamic-adverts';
import { EXTENSION_DIR, expect, test, unpackedExtensionId } from './support/extension';
import { sampleProfile, seedStorage } from './support/workspace';
import { clickInShadow, markBoxes, shadowText } from './support/closed-shadow';
import { highlightCopies, highlightTexts } from './support/highlights';

const SAMPLE = '/candidate/jobadvert/C9999-26-0001';

/** Everything the extension can leave on a page: the overlay, the key, highlights, styles, wrappers. */
function traces(page: Page) {
  return page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].length,
    elements: document.querySelectorAll('nhsps-marks, nhsps-key, mark, style[id^="nhsps-"], [data-wxt-shadow-root]')
      .length,
  }));
}
const tally = (page: Page) => shadowText(page, 'nhsps-key');

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
    await expect.poll(() => tally(page)).toContain('1 essential criteria');
    await page.getByRole('button', { name: 'Re-render' }).click();
    await expect.poll(() => tally(page)).toContain('2 essential criteria');
    // The marks sit on the words of the re-rendered elements: hit-testing the page under them finds the words.
    await expect
      .poll(async () => (await highlightTexts(page)).missing ?? [])
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/clinical audit/i), expect.stringMatching(/NMC registration/i)]),
      );
  });

  test('marks the mobile copy once it is filled on opening the "Job description" details', async ({ page, server }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`${server.origin}${DYNAMIC_ADVERTS.fillOnOpen}`);
    await expect.poll(() => tally(page)).toContain('essential criteria');
    expect(await page.locator('details.show-mobile li').count()).toBe(0);
    await page.locator('details.show-mobile > summary').click();
    await expect(page.locator('details.show-mobile li')).toHaveCount(1);
    await expect.poll(() => highlightCopies(page)).toEqual(['mobile']);
  });

  test('the Re-scan button reads the page again, and says when nothing changed', async ({ page, server }) => {
    await page.goto(`${server.origin}${DYNAMIC_ADVERTS.renameId}`);
    await expect.poll(() => tally(page)).toContain('1 essential criteria');

    await clickInShadow(page, 'nhsps-key', /Re-scan/);
    await expect.poll(() => tally(page)).toContain('Page read again: no change');

    // Only an attribute changes, which the page watcher does not follow: the button finds it.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForTimeout(1_000);
    expect(await tally(page)).toContain('1 essential criteria');
    await clickInShadow(page, 'nhsps-key', /Re-scan/);
    await expect.poll(() => tally(page)).toContain('Page read again: updated');
    await expect.poll(() => tally(page)).toContain('2 essential criteria');
  });

  test('its own changes to the page (marks, key, next-gap flash) do not make it publish a new analysis', async ({
    openReport,
    page,
    server,
    context,
    extensionUrl,
  }) => {
    await seedStorage(context, extensionUrl, { profile: sampleProfile() });
    await page.goto(`${server.origin}${SAMPLE}`);
    await expect.poll(() => tally(page)).toMatch(/Essential: \d+ of 13 met/);
    const popup = await openReport(page);
    const analysedAt = () =>
      popup.evaluate(
        async (tab) =>
          ((await chrome.tabs.sendMessage(tab, { type: 'get-analysis' })) as { analysedAt: string }).analysedAt,
        Number(new URL(popup.url()).searchParams.get('tab')),
      );
    const first = await analysedAt();
    // The next-gap flash and repainting change only the extension's own elements.
    await clickInShadow(page, 'nhsps-key', /Next essential gap/);
    await clickInShadow(page, 'nhsps-key', /Next essential gap/);
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.waitForTimeout(1_500);
    expect(await analysedAt()).toBe(first);
  });
});

test.describe('when the extension goes away', () => {
  test('a reload leaves the open advert clean: no highlights, no key, no styles', async ({ server }) => {
    await ownBrowser(async (context, extensionId) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}${SAMPLE}`);
      await expect.poll(async () => (await markBoxes(page)).length).toBeGreaterThan(0);
      expect(await traces(page)).toEqual({ highlights: 0, elements: 2 });

      const extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
      await extensionPage.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50));

      await expect.poll(() => traces(page), { timeout: 10_000 }).toEqual({ highlights: 0, elements: 0 });
      // The advert itself is untouched: its criteria are still there, as served.
      await expect(page.locator('#essential_skill_1_criteria_1').first()).toBeVisible();
    });
  });

  test('disabling it leaves the open advert clean too', async ({ server }) => {
    await ownBrowser(async (context, extensionId) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}${SAMPLE}`);
      await expect.poll(async () => (await markBoxes(page)).length).toBeGreaterThan(0);
      expect((await traces(page)).elements).toBe(2);

      const manager = await context.newPage();
      await manager.goto(`chrome://extensions/?id=${extensionId}`);
      const toggle = manager.locator('extensions-detail-view #enableToggle');
      await expect(toggle).toHaveAttribute('aria-checked', 'true');
      // Under load the settings page can miss a click while it is still settling: click until it takes.
      await expect(async () => {
        if ((await toggle.getAttribute('aria-checked')) === 'true') await toggle.click();
        await expect(toggle).toHaveAttribute('aria-checked', 'false', { timeout: 2_000 });
      }).toPass({ timeout: 15_000 });

      await expect.poll(() => traces(page), { timeout: 10_000 }).toEqual({ highlights: 0, elements: 0 });
    });
  });
});
