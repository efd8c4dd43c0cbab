import { expect, test } from './support/extension';
import { clickInShadow, shadowText } from './support/closed-shadow';
import { highlightCopies, highlightTexts } from './support/highlights';
import { criterionById, criterionByText, openCriterion } from './support/report';
import { sampleProfile, seedStorage } from './support/workspace';

const SAMPLE = '/candidate/jobadvert/C9999-26-0001';

test.describe('an NHS Jobs advert', () => {
  test('highlights the skills of each criterion in the visible copy, without touching the page', async ({
    page,
    server,
  }) => {
    const original = await (await fetch(`${server.origin}${SAMPLE}`)).text();
    await page.goto(`${server.origin}${SAMPLE}`);
    await expect.poll(async () => (await highlightTexts(page)).missing?.length ?? 0).toBeGreaterThan(0);

    const texts = await highlightTexts(page);
    expect(texts.missing).toEqual(
      expect.arrayContaining(['clinical audit', 'clinical governance', 'risk management', 'current NMC registration']),
    );
    expect(texts.desirable).toEqual(expect.arrayContaining(['quality improvement', 'Negotiation skills']));
    expect(texts.met ?? []).toEqual([]);
    expect(await highlightCopies(page)).toEqual(['desktop']);

    // The overlay leaves the page's DOM as served: no wrappers, same criterion markup.
    expect(await page.locator('mark').count()).toBe(0);
    const served = original.match(/<li id="essential_skill_2_criteria_2">(.*?)<\/li>/)![1];
    expect(await page.locator('#essential_skill_2_criteria_2').first().innerHTML()).toBe(served);

    // The key is docked in the page's flow, just above the person specification.
    expect(await page.evaluate(() => document.querySelector('nhsps-key')?.nextElementSibling?.textContent)).toBe(
      'Person Specification',
    );
    const key = await shadowText(page, 'nhsps-key');
    expect(key).toContain('13 essential criteria · add your skills to see which you meet');
    for (const label of ['In your profile', 'Not yet: essential', 'Not yet: desirable']) {
      expect(key).toContain(label);
    }
  });

  test('moves the highlights to the mobile copy on a narrow screen', async ({ page, server }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`${server.origin}${SAMPLE}`);
    await expect.poll(() => shadowText(page, 'nhsps-key')).toContain('essential criteria');
    await page.locator('details.show-mobile > summary').click();
    await expect.poll(() => highlightCopies(page)).toEqual(['mobile']);
  });

  test('next gap scrolls to an essential gap', async ({ page, server, context, extensionUrl }) => {
    await seedStorage(context, extensionUrl, { profile: sampleProfile() });
    await page.goto(`${server.origin}${SAMPLE}`);
    await expect.poll(() => shadowText(page, 'nhsps-key')).toMatch(/Essential: \d+ of 13 met/);
    await clickInShadow(page, 'nhsps-key', /Next essential gap/);
    await expect.poll(() => shadowText(page, 'nhsps-key')).toMatch(/Gap 1 of \d+/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });
});

test('the profile set in the options page drives the highlights and the popup, live', async ({
  page,
  context,
  server,
  extensionUrl,
  findTabId,
}) => {
  await page.goto(`${server.origin}${SAMPLE}`);
  await expect.poll(async () => (await highlightTexts(page)).missing?.length ?? 0).toBeGreaterThan(0);

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const picker = options.getByRole('combobox', { name: 'Add a skill' });
  const additions = [
    // RGN is the adult field of the nurse register, which meets a nurse registration criterion.
    ['RGN', 'Nursing field: adult'],
    ['clinical audit', 'Clinical audit'],
    ['line manag', 'Line / people management'],
  ] as const;
  for (const [typed, label] of additions) {
    await picker.fill(typed);
    await expect(options.getByRole('option').first()).toHaveText(label);
    await picker.press('ArrowDown');
    await picker.press('Enter');
  }
  const mine = options.getByRole('list', { name: 'Your skills' });
  await expect(mine.getByRole('listitem')).toHaveCount(3);

  // The advert's highlights follow the stored profile without a reload.
  await expect
    .poll(async () => (await highlightTexts(page)).met ?? [])
    .toEqual(expect.arrayContaining(['clinical audit', 'current NMC registration', 'Line management']));
  await expect.poll(() => shadowText(page, 'nhsps-key')).toMatch(/Essential: 3 of 13 met/);

  const tabId = await findTabId(page);
  const popup = await context.newPage();
  await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Ward Manager - Acute Medicine');
  await expect(popup.getByText('Riverside Community Hospitals NHS Trust')).toBeVisible();
  await expect(popup.getByText('Band 7', { exact: true })).toBeVisible();
  await expect(popup.getByText('15 January 2027')).toBeVisible();
  await expect(popup.getByTestId('essential-summary')).toHaveText('3 of 13 essential met');

  const blockers = popup.getByTestId('blockers').locator('> li');
  const blockerTexts = await blockers.locator('.criterion-text').allTextContents();
  expect(blockerTexts).toContain('Sound understanding of clinical governance and risk management');
  expect(blockerTexts).not.toContain('Experience of leading clinical audit and acting on its findings');
  await expect(popup.getByTestId('blocker-count')).toHaveText(`${blockerTexts.length} blockers`);

  // Blockers come first; the rest are folded by category (a category of blockers only is just named), each once.
  const headings = await popup.getByRole('heading').allTextContents();
  expect(headings.indexOf(`Blockers (${blockerTexts.length})`)).toBeLessThan(
    headings.indexOf('Other criteria, by category'),
  );
  await expect(popup.locator('section.category')).toHaveCount(4);
  await expect(popup.locator('li.criterion')).toHaveCount(18);
  await expect(
    popup.locator('section.category li.criterion[data-criterion-id^="essential"][data-status="missing"]'),
  ).toHaveCount(0);
  await expect(criterionById(popup, 'essential_skill_1_criteria_1')).toHaveAttribute('data-status', 'met');

  // Quick add from a blocker: the popup, the options page and the advert all update.
  const governance = await openCriterion(
    criterionByText(popup, 'Sound understanding of clinical governance and risk management'),
  );
  await governance.getByRole('button', { name: 'I have this (Clinical governance)' }).click();
  await expect(popup.getByTestId('essential-summary')).toHaveText('3 of 13 essential met');
  // Now partly met, it leaves the blockers for its category, still open and with the focus.
  await expect(governance).toHaveAttribute('data-status', 'partial');
  await expect(popup.locator('section.category[data-category="Skills and knowledge"]').locator(governance)).toHaveCount(
    1,
  );
  await expect(governance.locator('> details > summary')).toBeFocused();
  await expect(
    governance.getByRole('button', { name: 'I have this (Risk management (organisational))' }),
  ).toBeVisible();
  await expect(mine.getByRole('listitem')).toHaveCount(4);
  await expect.poll(async () => (await highlightTexts(page)).met ?? []).toContain('clinical governance');

  // Removing a skill in the options page turns its highlight back into a gap.
  await mine.getByRole('button', { name: 'Remove Clinical audit' }).click();
  await expect.poll(async () => (await highlightTexts(page)).missing ?? []).toContain('clinical audit');
  await expect(popup.getByTestId('essential-summary')).toHaveText('2 of 13 essential met');
});

test.describe('pages without a person specification', () => {
  test('a search results page says to open an advert', async ({ openReport, page, server }) => {
    await page.goto(`${server.origin}/candidate/search/results?keyword=nurse`);
    const popup = await openReport(page);
    await expect(popup.getByTestId('page-message')).toContainText('This is a list of search results.');
    expect(await page.locator('nhsps-key').count()).toBe(0);
  });

  test('an advert whose specification is attached says so and lists the document', async ({
    openReport,
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/candidate/jobadvert/C0000-26-0200`);
    const popup = await openReport(page);
    await expect(popup.getByTestId('page-message')).toContainText('No person specification found on this page.');
  });

  test('a tab where the content script does not run gets a clear message', async ({ context, extensionUrl }) => {
    const popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    const ownTab = await popup.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    await popup.goto(extensionUrl(`popup.html?tab=${ownTab}`));
    await expect(popup.getByTestId('page-message')).toContainText('No NHS job advert on this page.');
  });
});

test('a Welsh advert is read by its ids, whatever the headings say', async ({ page, server }) => {
  await page.goto(`${server.origin}/candidate/jobadvert/C0000-26-0300`);
  await expect.poll(() => shadowText(page, 'nhsps-key')).toContain('1 essential criteria');
  await expect.poll(async () => (await highlightTexts(page)).desirable).toEqual(['Clinical audit']);
});
