import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import { historyKey } from '../../src/core/history/history-entry';
import { expect, test } from './support/extension';
import { keyShown } from './support/closed-shadow';
import { criterionById, openCriterion } from './support/report';
import { screenshotProfile } from './support/screenshot-history';
import { SAMPLE_ADVERT, seedStorage } from './support/workspace';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; targets: string[] };

/** Serious and critical axe-core violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated rather than added as a <script>.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// The profile of the README's pictures: the sample, a skill of the user's own and a qualification.
const profile = screenshotProfile();

/** Opens the score's details, a category, a criterion in it and the first blocker, with a "Why?" inside. */
async function openEverythingOnce(report: Page) {
  await report.locator('.score-line').click();
  await openCriterion(report.getByTestId('blockers').locator('> li').first());
  const audit = await openCriterion(criterionById(report, 'essential_skill_2_criteria_2'));
  await audit.locator('summary', { hasText: 'Why?' }).first().click();
  await expect(audit.locator('details.why[open]')).toHaveCount(1);
}

/** The report's three views, each checked; the criteria view folded, then with disclosures open. */
async function checkReportViews(report: Page, where: string) {
  await expect(report.getByTestId('essential-summary')).toBeVisible();
  await expect(report.getByTestId('points-summary')).toBeVisible();
  expect(await seriousViolations(report), `${where}: criteria, folded`).toEqual([]);
  await openEverythingOnce(report);
  expect(await seriousViolations(report), `${where}: criteria, a criterion open`).toEqual([]);
  for (const tab of ['Statement', 'Interview']) {
    await report.getByRole('tab', { name: tab }).click();
    expect(await seriousViolations(report), `${where}: ${tab}`).toEqual([]);
  }
}

async function extensionPage(context: BrowserContext, colorScheme: 'light' | 'dark', width: number) {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 700 });
  return page;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test('the popup has no serious or critical accessibility violation in any view', async ({
      page,
      context,
      server,
      extensionUrl,
      findTabId,
    }) => {
      await seedStorage(context, extensionUrl, { profile });
      await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
      const popup = await extensionPage(context, colorScheme, 400);
      await popup.goto(extensionUrl(`popup.html?tab=${await findTabId(page)}&layout=popup`));
      await expect(popup.getByTestId('essential-summary')).toBeVisible();
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      await checkReportViews(popup, 'popup');
    });

    test('the popup has no serious or critical accessibility violation with an empty profile, or off an advert', async ({
      page,
      context,
      server,
      findTabId,
      extensionUrl,
    }) => {
      // No profile stored: the call to set it up comes first, above the report.
      await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
      const popup = await extensionPage(context, colorScheme, 400);
      await popup.goto(extensionUrl(`popup.html?tab=${await findTabId(page)}&layout=popup`));
      await expect(popup.getByTestId('setup-cta')).toBeVisible();
      await expect(popup.getByTestId('essential-summary')).toBeVisible();
      expect(await seriousViolations(popup), 'empty profile').toEqual([]);
      // A page of search results: the popup says to open an advert.
      await page.goto(`${server.origin}/candidate/search/results?keyword=nurse`);
      await popup.goto(extensionUrl(`popup.html?tab=${await findTabId(page)}&layout=popup`));
      await expect(popup.getByTestId('page-message')).toBeVisible();
      expect(await seriousViolations(popup), 'search results').toEqual([]);
    });

    test('the side panel and the full-page report have no serious or critical accessibility violation', async ({
      page,
      context,
      server,
      extensionUrl,
      findTabId,
      tabIdByUrl,
    }) => {
      await seedStorage(context, extensionUrl, { profile });
      await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
      await keyShown(page);
      const panel = await extensionPage(context, colorScheme, 360);
      await panel.goto(extensionUrl(`sidepanel.html?tab=${await tabIdByUrl(page)}`));
      await expect(panel.locator('main.panel')).toBeVisible();
      await checkReportViews(panel, 'side panel');
      const full = await extensionPage(context, colorScheme, 1100);
      await full.goto(extensionUrl(`popup.html?tab=${await findTabId(page)}`));
      await expect(full.locator('main.page')).toBeVisible();
      await checkReportViews(full, 'full page');
    });

    test('the kept copy of an advert has no serious or critical accessibility violation', async ({
      page,
      context,
      server,
      extensionUrl,
    }) => {
      await seedStorage(context, extensionUrl, { profile });
      await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
      await keyShown(page);
      const key = historyKey(`${server.origin}${SAMPLE_ADVERT}`);
      const kept = await extensionPage(context, colorScheme, 1100);
      // The history is written after the page has its answer, and the page's text once it is idle.
      await expect
        .poll(
          async () => {
            await kept.goto(extensionUrl(`popup.html?history=${encodeURIComponent(key)}`));
            return kept.getByTestId('kept-banner').count();
          },
          { timeout: 15_000 },
        )
        .toBe(1);
      await kept.getByText('Job description (kept copy)').click();
      await checkReportViews(kept, 'kept copy');
    });

    test('the options page has no serious or critical accessibility violation', async ({
      page,
      context,
      server,
      extensionUrl,
    }) => {
      await seedStorage(context, extensionUrl, { profile });
      await page.goto(`${server.origin}${SAMPLE_ADVERT}`); // puts an advert in the history
      await keyShown(page);
      const options = await extensionPage(context, colorScheme, 900);
      await options.goto(extensionUrl('options.html'));
      await expect(options.getByTestId('history-entry')).toHaveCount(1);
      const audit = options.getByRole('list', { name: 'Your skills' }).locator('> li', { hasText: 'Clinical audit' });
      await audit.getByText('Evidence: 1 example').click();
      await expect(options.getByTestId('note-hints')).toBeVisible();
      expect(await seriousViolations(options)).toEqual([]);
    });

    test('the set-up has no serious or critical accessibility violation at any step', async ({
      context,
      extensionUrl,
    }) => {
      test.slow(); // seven axe runs, one a step: over 30 s when the machine is busy
      const setup = await extensionPage(context, colorScheme, 900);
      await setup.goto(extensionUrl('setup.html'));
      const heading = setup.getByRole('heading', { level: 2 });
      await expect(heading).toHaveText('Step 1 of 3: your registration');
      expect(await seriousViolations(setup), 'registration').toEqual([]);
      // A register of several professions asks which part: the question, and its error, are checked too.
      const registration = setup.getByRole('form', { name: 'Add a registration' });
      await registration.getByLabel('Registered with').fill('NMC');
      await registration.getByLabel('PIN or number').fill('18A1234E');
      await registration.getByRole('button', { name: 'Add registration' }).click();
      await expect(registration.getByRole('radio', { name: 'Nurse: adult' })).toBeFocused();
      expect(await seriousViolations(setup), 'registration, which part of the register').toEqual([]);
      await registration.getByRole('radio', { name: 'Nurse: adult' }).check();
      await registration.getByRole('button', { name: 'Add registration' }).click();
      await expect(setup.getByRole('list', { name: 'Your registrations' })).toHaveCount(1);
      expect(await seriousViolations(setup), 'registration added').toEqual([]);

      await setup.getByRole('button', { name: 'Next: your skills' }).click();
      await expect(heading).toHaveText('Step 2 of 3: your skills');
      const picker = setup.getByRole('combobox', { name: 'Add a skill' });
      await picker.pressSequentially('audit');
      await picker.press('ArrowDown');
      await expect(setup.getByRole('option', { selected: true })).toBeVisible();
      expect(await seriousViolations(setup), 'skills, the list open').toEqual([]);
      await picker.press('Enter');
      await expect(setup.getByTestId('added-notice')).toContainText('Added Clinical audit · Undo');
      expect(await seriousViolations(setup), 'skills, one added').toEqual([]);

      await setup.getByRole('button', { name: 'Next: one example' }).click();
      await expect(heading).toHaveText('Step 3 of 3: one example');
      await setup.getByLabel('Skill to write about').selectOption({ label: 'Clinical audit' });
      await setup
        .getByRole('group', { name: 'Example 1 for Clinical audit' })
        .getByLabel('Situation')
        .fill('Falls rose.');
      expect(await seriousViolations(setup), 'example').toEqual([]);

      await setup.getByRole('button', { name: 'Finish' }).click();
      await expect(heading).toHaveText('You are set up');
      expect(await seriousViolations(setup), 'done').toEqual([]);
    });
  });
}

test('the options page reflows at 200% zoom and narrower, without sideways scrolling', async ({
  context,
  extensionUrl,
}) => {
  await seedStorage(context, extensionUrl, { profile });
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await expect(options.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  // A 1280 px window at 200% zoom is 640 CSS px wide; WCAG reflow asks for 320.
  for (const width of [640, 320]) {
    await options.setViewportSize({ width, height: 800 });
    expect(await options.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(
      width,
    );
  }
});

test('the full-page report reflows at 200% zoom', async ({ page, context, server, extensionUrl, findTabId }) => {
  await seedStorage(context, extensionUrl, { profile });
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  const report = await context.newPage();
  await report.setViewportSize({ width: 640, height: 800 });
  await report.goto(extensionUrl(`popup.html?tab=${await findTabId(page)}`));
  await expect(report.getByTestId('essential-summary')).toBeVisible();
  for (const tab of ['Criteria', 'Statement']) {
    await report.getByRole('tab', { name: tab }).click();
    expect(await report.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(640);
  }
});
