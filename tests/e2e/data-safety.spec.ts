import { readFileSync } from 'node:fs';
import { expect, test } from './support/extension';
import { clickInShadow, keyShown, shadowText } from './support/closed-shadow';
import { highlightTexts } from './support/highlights';
import { openCriterion } from './support/report';
import { readStorage, SAMPLE_ADVERT, sampleProfile, seedStorage } from './support/workspace';

// The options page's own handling of an unreadable profile is in workspace.spec.ts; these follow
// the stored data through the advert page, the popup and the history, where nothing may write over it.

/** A profile as a newer version, a sync from elsewhere or a bug might leave it: one field of the wrong kind. */
const unreadable = () =>
  sampleProfile({ skills: [{ skillId: 'gov-clinical-audit', status: 'maybe' }], yearsExperience: 'eight' });

test('with an unreadable stored profile, an advert is still analysed, the popup reports the profile and offers it, and nothing overwrites it', async ({
  openReport,
  page,
  context,
  server,
  extensionUrl,
}) => {
  const stored = unreadable();
  await seedStorage(context, extensionUrl, { profile: stored });

  // The advert is read and marked as against an empty profile: every essential skill is a gap.
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  await expect.poll(() => shadowText(page, 'nhsps-key')).toContain('your saved profile could not be read');
  await expect.poll(async () => (await highlightTexts(page)).missing?.length ?? 0).toBeGreaterThan(0);

  const popup = await openReport(page);
  const notice = popup.getByRole('alert').filter({ hasText: 'Your saved profile could not be read.' });
  await expect(notice).toBeVisible();
  await expect(popup.getByTestId('essential-summary')).toBeVisible();
  // Quick edits from the report would write a new profile: they are not offered, even in an open criterion.
  const blocker = await openCriterion(popup.getByTestId('blockers').locator('> li').first());
  await expect(blocker.getByRole('button', { name: 'Show on the page' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'I have this' })).toHaveCount(0);
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the saved data' }).click(),
  ]);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(stored);

  // After the page, the popup and a download, the profile is exactly as it was.
  expect((await readStorage(popup, 'profile')).profile).toEqual(stored);
});

test('a profile that becomes unreadable while an advert is open is reported there and left alone', async ({
  openReport,
  page,
  context,
  server,
  extensionUrl,
}) => {
  await seedStorage(context, extensionUrl, { profile: sampleProfile() });
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  const key = () => shadowText(page, 'nhsps-key');
  await expect.poll(key).toMatch(/Essential: [1-9]\d* of 13 met/);

  const stored = unreadable();
  await seedStorage(context, extensionUrl, { profile: stored });
  // The page follows: compared with no profile now, not with the last good one and not crashed.
  await expect.poll(key).toContain('your saved profile could not be read');
  const popup = await openReport(page);
  await expect(popup.getByRole('alert').filter({ hasText: 'Your saved profile could not be read.' })).toBeVisible();
  await clickInShadow(page, 'nhsps-key', /Re-scan/);
  await expect.poll(key).toContain('Page read again');
  expect(await key()).toContain('your saved profile could not be read');
  expect((await readStorage(popup, 'profile')).profile).toEqual(stored);
});

test('an unreadable history entry is kept and counted, while the readable ones are listed', async ({
  page,
  context,
  server,
  extensionUrl,
}) => {
  await seedStorage(context, extensionUrl, { profile: sampleProfile(), 'history:broken': { version: 1, url: 42 } });
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  await keyShown(page);

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await expect(options.getByText('1 stored entries could not be read and are not shown.')).toBeVisible();
  await expect(options.getByText('Ward Manager - Acute Medicine').first()).toBeVisible();
  expect((await readStorage(options, 'history:broken'))['history:broken']).toEqual({ version: 1, url: 42 });
});
