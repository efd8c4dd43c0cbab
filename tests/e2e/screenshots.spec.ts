import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { historyKey, type HistoryEntry } from '../../src/core/history/history-entry';
import { expect, test } from './support/extension';
import { keyShown } from './support/closed-shadow';
import { SAMPLE_ADVERT, sampleProfile, seedStorage } from './support/workspace';

/**
 * Pictures of the popup and the options page, light and dark, for the README. Every run takes them
 * (into the test output); `npm run screenshots` also copies them to tests/e2e/screenshots/.
 */
const KEEP_DIR = join(import.meta.dirname, 'screenshots');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
// A fixed day, so the pictures do not change with the calendar.
const TODAY = new Date('2026-12-01T10:00:00');

const profile = sampleProfile({
  customSkills: [{ id: 'custom-patient-flow', label: 'Patient flow', variants: ['bed moves'], category: 'other' }],
  skills: [
    ...sampleProfile().skills,
    { skillId: 'custom-patient-flow', status: 'held' },
    { skillId: 'qual-masters', status: 'working-towards' },
  ],
  qualifications: [
    {
      id: 'qual-1',
      title: 'BSc (Hons) Adult Nursing',
      institution: 'University of Riverside',
      year: 2017,
      status: 'held',
      skillId: 'qual-degree',
    },
  ],
});

/** Adverts looked at before, with fixed dates: the sample advert's entry keeps its first-seen date. */
function pastAdvert(
  url: string,
  title: string,
  employer: string,
  band: string,
  day: string,
  gaps: HistoryEntry['gaps'],
): HistoryEntry {
  const blockers = gaps.filter((g) => g.level === 'essential');
  return {
    version: 1,
    url,
    title,
    employer,
    band,
    closingDate: null,
    reference: null,
    firstSeen: `${day}T09:00:00.000Z`,
    updatedAt: `${day}T09:00:00.000Z`,
    score: {
      primary: 'essential',
      primaryPoints: { earned: 14, possible: 20 },
      desirablePoints: { earned: 2, possible: 6 },
      blockers: blockers.length,
    },
    essential: { total: 10, held: 10 - blockers.length },
    blockers: blockers.map((g) => ({ text: g.label, skillIds: [g.skillId] })),
    gaps,
  };
}
const governance = { skillId: 'gov-clinical-governance', label: 'Clinical governance', level: 'essential' as const };
const history = (sampleUrl: string) => [
  pastAdvert(
    sampleUrl,
    'Ward Manager - Acute Medicine',
    'Riverside Community Hospitals NHS Trust',
    'Band 7',
    '2026-11-30',
    [governance],
  ),
  pastAdvert(
    'https://www.jobs.nhs.uk/candidate/jobadvert/C9999-26-0002',
    'Deputy Ward Manager - Respiratory',
    'Hillside University Hospitals NHS Foundation Trust',
    'Band 6',
    '2026-11-21',
    [governance],
  ),
];

async function shoot(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  if (UPDATE) {
    mkdirSync(KEEP_DIR, { recursive: true });
    copyFileSync(path, join(KEEP_DIR, `${name}.png`));
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots of the popup and the options page, ${colorScheme}`, async ({
    page,
    context,
    server,
    extensionUrl,
    findTabId,
  }) => {
    const seeded = history(`${server.origin}${SAMPLE_ADVERT}`);
    await seedStorage(context, extensionUrl, {
      profile,
      ...Object.fromEntries(seeded.map((e) => [historyKey(e.url), e])),
    });
    await page.clock.setFixedTime(TODAY);
    await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
    await keyShown(page);
    const tabId = await findTabId(page);

    const popup = await context.newPage();
    await popup.clock.setFixedTime(TODAY);
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(extensionUrl(`popup.html?tab=${tabId}&layout=popup`));
    await expect(popup.getByTestId('essential-summary')).toBeVisible();
    // The shortlister's view once the examples are read: the points, and a score beside each criterion.
    await expect(popup.getByTestId('shortlisting-points')).toBeVisible();
    await shoot(popup, `popup-${colorScheme}`);
    await popup.locator('[data-criterion-id="essential_skill_2_criteria_2"]').scrollIntoViewIfNeeded();
    await shoot(popup, `popup-shortlisting-${colorScheme}`);
    await popup.getByRole('tab', { name: 'Statement' }).click();
    await expect(popup.getByTestId('word-count')).toBeVisible();
    await expect(popup.getByTestId('word-budget').first()).toBeVisible();
    await popup.getByRole('tablist').evaluate((tabs) => tabs.scrollIntoView());
    await shoot(popup, `popup-statement-${colorScheme}`);

    const options = await context.newPage();
    await options.clock.setFixedTime(TODAY);
    await options.emulateMedia({ colorScheme });
    await options.setViewportSize({ width: 900, height: 760 });
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
}
