import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { historyKey } from '../../src/core/history/history-entry';
import { expect, test } from './support/extension';
import { keyShown } from './support/closed-shadow';
import { criterionById, openCriterion } from './support/report';
import { screenshotHistory, screenshotProfile } from './support/screenshot-history';
import { SAMPLE_ADVERT, seedStorage } from './support/workspace';

/**
 * The README's pictures, light and dark, taken from the e2e build on the loopback fixture pages:
 * `npm run screenshots` writes them to docs/screenshots/ (or to SCREENSHOTS_DIR, to compare a change). Not part
 * of the normal run: they check nothing the other specs do not.
 */
const KEEP_DIR = process.env.SCREENSHOTS_DIR ?? join(import.meta.dirname, '../../docs/screenshots');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
// A fixed day, so the pictures do not change with the calendar.
const TODAY = new Date('2026-12-12T10:00:00');

test.skip(!UPDATE, 'pictures for the README: run them with npm run screenshots');

async function shoot(page: Page, name: string): Promise<Buffer> {
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  mkdirSync(KEEP_DIR, { recursive: true });
  writeFileSync(join(KEEP_DIR, `${name}.png`), png);
  return png;
}

/** Two pictures side by side with a thin rule between, as a side panel sits beside the page. */
function sideBySide(left: Buffer, right: Buffer, rule: [number, number, number]): Buffer {
  const a = PNG.sync.read(left);
  const b = PNG.sync.read(right);
  const out = new PNG({ width: a.width + 1 + b.width, height: Math.max(a.height, b.height) });
  for (let i = 0; i < out.data.length; i += 4) out.data.set([...rule, 255], i);
  PNG.bitblt(a, out, 0, 0, a.width, a.height, 0, 0);
  PNG.bitblt(b, out, 0, 0, b.width, b.height, a.width + 1, 0);
  return PNG.sync.write(out);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`screenshots, ${colorScheme}`, () => {
    test.slow();

    async function extensionPage(page: Page, width: number, height: number) {
      await page.clock.setFixedTime(TODAY);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height });
      return page;
    }

    test('the set-up', async ({ context, extensionUrl }) => {
      const setup = await extensionPage(await context.newPage(), 900, 830);
      await setup.goto(extensionUrl('setup.html'));
      const registration = setup.getByRole('form', { name: 'Add a registration' });
      await registration.getByLabel('Registered with').fill('NMC');
      await registration.getByLabel('PIN or number').fill('18A1234E');
      await registration.getByRole('button', { name: 'Add registration' }).click();
      await expect(registration.getByRole('radio', { name: 'Nurse: adult' })).toBeFocused();
      await registration.getByRole('radio', { name: 'Nurse: adult' }).check();
      await setup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await setup.evaluate(() => window.scrollTo(0, 0));
      await shoot(setup, `setup-${colorScheme}`);
    });

    test('the advert, the popup and the side panel', async ({ page, context, server, extensionUrl, findTabId }) => {
      const advertUrl = `${server.origin}${SAMPLE_ADVERT}`;
      await seedStorage(context, extensionUrl, {
        profile: screenshotProfile(),
        ...Object.fromEntries(screenshotHistory(advertUrl).map((e) => [historyKey(e.url), e])),
      });
      await page.clock.setFixedTime(TODAY);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 1280, height: 760 });
      await page.goto(advertUrl);
      await keyShown(page);
      await page.locator('#skill_category_1').first().scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -40));
      await page.waitForTimeout(500); // the marks near the viewport are painted after a scroll
      // The advert page keeps its own colours (the key follows the page, not the browser's scheme): one picture.
      if (colorScheme === 'light') await shoot(page, 'advert');
      const tabId = await findTabId(page);

      const popup = await extensionPage(await context.newPage(), 400, 600);
      await popup.goto(extensionUrl(`popup.html?tab=${tabId}&layout=popup`));
      await expect(popup.getByTestId('points-summary')).toBeVisible();
      await shoot(popup, `popup-${colorScheme}`);

      // The shortlister's view: the points under the score, a criterion's likely score and why.
      await popup.locator('.score-line').click();
      const audit = await openCriterion(criterionById(popup, 'essential_skill_2_criteria_2'));
      await expect(audit.getByTestId('shortlisting')).toBeVisible();
      await audit.locator('> details > summary').scrollIntoViewIfNeeded();
      await audit.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await popup.evaluate(() => window.scrollBy(0, -8));
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await popup.mouse.move(0, 0); // no hover left on the criterion last clicked
      await shoot(popup, `popup-shortlisting-${colorScheme}`);

      await popup.getByRole('tab', { name: 'Statement' }).click();
      await expect(popup.getByTestId('word-budget').first()).toBeVisible();
      await popup.getByRole('tablist').evaluate((tabs) => tabs.scrollIntoView());
      await shoot(popup, `popup-statement-${colorScheme}`);

      // The side panel beside the advert: a headless browser shows no panel of its own, so the two are put together.
      await page.setViewportSize({ width: 880, height: 760 });
      await page.waitForTimeout(500);
      const panel = await extensionPage(await context.newPage(), 400, 760);
      await panel.goto(extensionUrl(`sidepanel.html?tab=${tabId}`));
      await expect(panel.getByTestId('points-summary')).toBeVisible();
      await panel.getByRole('tab', { name: 'Statement' }).click();
      await expect(panel.getByTestId('word-budget').first()).toBeVisible();
      const advertPicture = await page.screenshot({ animations: 'disabled' });
      const panelPicture = await panel.screenshot({ animations: 'disabled', caret: 'hide' });
      const rule: [number, number, number] = colorScheme === 'dark' ? [90, 90, 90] : [200, 200, 200];
      mkdirSync(KEEP_DIR, { recursive: true });
      writeFileSync(join(KEEP_DIR, `side-panel-${colorScheme}.png`), sideBySide(advertPicture, panelPicture, rule));
    });

    test('the options page: skills, an example with its hints, the history', async ({
      page,
      context,
      server,
      extensionUrl,
    }) => {
      const advertUrl = `${server.origin}${SAMPLE_ADVERT}`;
      await seedStorage(context, extensionUrl, {
        profile: screenshotProfile(),
        ...Object.fromEntries(screenshotHistory(advertUrl).map((e) => [historyKey(e.url), e])),
      });
      await page.clock.setFixedTime(TODAY);
      await page.goto(advertUrl);
      await keyShown(page);
      const options = await extensionPage(await context.newPage(), 900, 760);
      await options.goto(extensionUrl('options.html#evidence-gov-clinical-audit'));
      await expect(options.getByRole('group', { name: 'Example 1 for Clinical audit' })).toBeVisible();
      await expect(options.getByTestId('note-hints')).toBeVisible();
      await options.evaluate(() => window.scrollTo(0, 0));
      await shoot(options, `options-${colorScheme}`);
      await options.getByTestId('note-hints').scrollIntoViewIfNeeded();
      await shoot(options, `options-hints-${colorScheme}`);
      await options.goto(extensionUrl('options.html#history'));
      await expect(options.getByTestId('history-entry')).toHaveCount(2);
      await options.locator('#history').scrollIntoViewIfNeeded();
      await shoot(options, `options-history-${colorScheme}`);
    });
  });
}
