import { expect, test } from './support/extension';
import { expectCriterionIn } from './support/report';
import { keyShown } from './support/closed-shadow';
import { highlightTexts, marksWithin } from './support/highlights';
import { JSON_LD_ADVERT, OTHER_SITE_ADVERT, TRAC_ADVERT } from './support/site-pages';

test('a Trac board advert: criteria from the requirements section, marked on the page and listed in the popup', async ({
  openReport,
  page,
  server,
}) => {
  await page.goto(`${server.origin}${TRAC_ADVERT}`);
  await keyShown(page);
  const marked = await highlightTexts(page);
  expect([...(marked.missing ?? []), ...(marked.desirable ?? [])]).toEqual(
    expect.arrayContaining(['HCPC registration']),
  );
  // The method written after a criterion ("Evidence: Application form") is not marked as part of it.
  expect(Object.values(marked).flat().join(' ')).not.toMatch(/Evidence|Application form/);

  const popup = await openReport(page);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(
    'Band 6 Physiotherapist - Musculoskeletal Outpatients',
  );
  await expect(popup.getByText('Riverside Partnership NHS Trust')).toBeVisible();
  await expectCriterionIn(popup, 'Degree in physiotherapy', 'Qualifications');
  await expectCriterionIn(popup, /^Post-graduate training in musculoskeletal assessment/, 'Qualifications');
  await expectCriterionIn(popup, 'Experience of running exercise classes', 'Skills and abilities');
});

test('a page with a JobPosting in JSON-LD: criteria from its escaped description, marked in the copy the page shows', async ({
  openReport,
  page,
  server,
}) => {
  await page.goto(`${server.origin}${JSON_LD_ADVERT}`);
  await keyShown(page);
  await expect.poll(async () => Object.values(await highlightTexts(page)).flat().length).toBeGreaterThan(0);
  expect(await marksWithin(page, '.vacancy-description')).toBe(true);

  const popup = await openReport(page);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Theatre Practitioner - Day Surgery');
  await expect(popup.getByText('Northfield General Hospital NHS Trust')).toBeVisible();
  await expectCriterionIn(popup, 'Scrub or anaesthetic experience in theatres', 'Experience');
  await expectCriterionIn(popup, 'Mentorship or practice assessor qualification', 'Qualifications');
});

test('any other page is read only when the user asks: "Analyse this page"', async ({
  tabIdByUrl,
  page,
  context,
  server,
  extensionUrl,
}) => {
  await page.goto(`${server.origin}${OTHER_SITE_ADVERT}`);
  await expect(page.locator('h1')).toHaveText('Community Staff Nurse');
  await page.waitForTimeout(300);
  await expect(page.locator('nhsps-key')).toHaveCount(0);

  const popup = await context.newPage();
  await popup.goto(extensionUrl(`popup.html?tab=${await tabIdByUrl(page)}`));
  await expect(popup.getByTestId('page-message')).toContainText('No NHS job advert on this page');
  await popup.getByRole('button', { name: 'Analyse this page' }).click();

  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Community Staff Nurse');
  await expectCriterionIn(popup, /^Registered Nurse \(Adult\) with current NMC registration/, 'Qualifications');
  await expectCriterionIn(popup, /^District nursing specialist practitioner qualification/, 'Qualifications');
  await expect(popup.getByRole('button', { name: 'Analyse this page' })).toHaveCount(0);
  // The page itself now carries the marks and the key, as a supported site would.
  await keyShown(page);
  await expect
    .poll(async () => Object.values(await highlightTexts(page)).flat())
    .toEqual(expect.arrayContaining(['current NMC registration']));
});
