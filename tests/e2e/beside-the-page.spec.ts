import { keyShown } from './support/closed-shadow';
import { expect, test } from './support/extension';
import { highlightTexts } from './support/highlights';
import { OTHER_SITE_ADVERT } from './support/site-pages';
import { SAMPLE_ADVERT, sampleProfile, seedStorage } from './support/workspace';

test('the side panel shows the report of the tab beside it, and follows it as the page and the profile change', async ({
  page,
  context,
  server,
  extensionUrl,
  tabIdByUrl,
}) => {
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  await keyShown(page);
  const panel = await context.newPage();
  await panel.goto(extensionUrl(`sidepanel.html?tab=${await tabIdByUrl(page)}`));
  await expect(panel.locator('main.panel')).toBeVisible();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Ward Manager - Acute Medicine');
  await expect(panel.getByRole('tab', { name: /Statement/ })).toBeVisible();

  // The profile changes elsewhere: the page is analysed again and the panel follows without a reload.
  await seedStorage(context, extensionUrl, { profile: sampleProfile() });
  await expect(panel.getByTestId('essential-summary')).not.toHaveText(/ 0 of 13/);

  // The tab moves to another advert: the panel follows it.
  await page.goto(`${server.origin}/candidate/jobadvert/C0000-26-0300`);
  await keyShown(page);
  await expect(panel.getByRole('heading', { level: 1 })).not.toHaveText('Ward Manager - Acute Medicine');
});

test('"Analyse this page" in the context menu reads a page the extension does not run on, and marks it', async ({
  page,
  context,
  server,
  tabIdByUrl,
}) => {
  await page.goto(`${server.origin}${OTHER_SITE_ADVERT}`);
  await expect(page.locator('h1')).toHaveText('Community Staff Nurse');
  await page.waitForTimeout(300);
  await expect(page.locator('nhsps-key')).toHaveCount(0);

  // A test cannot open the browser's own menu: the item's click handler is run as the browser would.
  const [worker] = context.serviceWorkers();
  const tabId = await tabIdByUrl(page);
  await worker!.evaluate(
    ([id, menu]) =>
      (globalThis as unknown as { __nhspsMenuClicked: (i: unknown, t: unknown) => Promise<void> }).__nhspsMenuClicked(
        { menuItemId: menu },
        { id },
      ),
    [tabId, 'nhsps-analyse-page'] as const,
  );
  await keyShown(page);
  await expect
    .poll(async () => Object.values(await highlightTexts(page)).flat())
    .toEqual(expect.arrayContaining(['current NMC registration']));

  // A second click on a page already read does not start a second reader.
  await worker!.evaluate(
    ([id, menu]) =>
      (globalThis as unknown as { __nhspsMenuClicked: (i: unknown, t: unknown) => Promise<void> }).__nhspsMenuClicked(
        { menuItemId: menu },
        { id },
      ),
    [tabId, 'nhsps-analyse-page'] as const,
  );
  await page.waitForTimeout(500);
  expect(await page.locator('nhsps-key').count()).toBe(1);
  expect(await page.locator('nhsps-marks').count()).toBe(1);
});
