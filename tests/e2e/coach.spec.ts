import type { Page } from '@playwright/test';
import { historyKey } from '../../src/core/history/history-entry';
import { buildAdvert } from '../fixtures/nhs-jobs/build-advert';
import { expect, test } from './support/extension';
import { PAGES } from './support/pages';
import { readStorage, SAMPLE_ADVERT, sampleProfile, seedStorage } from './support/workspace';

const QUALITY_IMPROVEMENT = '[data-criterion-id="desirable_skill_2_criteria_1"]';
const AUDIT = '[data-criterion-id="essential_skill_2_criteria_2"]';

/** What the extension put on the clipboard, read from a page of the fixture site (extension pages may not read it). */
async function clipboard(reader: Page, back: Page): Promise<string> {
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await back.bringToFront();
  return text;
}

test('an example written with hints, linked where it also fits: a criterion goes from 1 to 2, and the plan is copied', async ({
  page,
  context,
  server,
  extensionUrl,
  openReport,
}) => {
  await seedStorage(context, extensionUrl, {
    profile: sampleProfile({
      skills: [
        { skillId: 'reg-nmc-nurse', status: 'held', since: '2018-09-01' },
        { skillId: 'gov-clinical-audit', status: 'held' },
        { skillId: 'gov-quality-improvement', status: 'held' },
        { skillId: 'lead-line-management', status: 'held' },
      ],
    }),
  });

  // Writing an example: the hints say what a shortlister would find, and what to add.
  await page.goto(extensionUrl('options.html'));
  const audit = page.getByRole('list', { name: 'Your skills' }).locator('> li', { hasText: 'Clinical audit' });
  await audit.getByText('Evidence: no examples yet').click();
  await audit.getByRole('button', { name: 'Add an example for Clinical audit' }).click();
  const note = audit.getByRole('group', { name: 'Example 1 for Clinical audit' });
  await note
    .getByLabel('Situation')
    .fill('Falls on our 28-bed medical ward had risen over the winter, above the trust average.');
  await note
    .getByLabel('Action')
    .fill('We ran a falls audit as a quality improvement project and set up a night-time toileting round.');
  await note.getByLabel('Result').fill('Staff felt more confident at night.');
  const hints = note.getByTestId('note-hints');
  const hint = (key: string) => hints.locator(`[data-hint="${key}"]`);
  await expect(hint('first-person')).toHaveAttribute('data-found', 'false');
  await expect(hint('first-person')).toContainText('Say “I”, not only “we”');
  await expect(hint('measurable')).toHaveAttribute('data-found', 'false');
  for (const found of ['situation', 'action', 'result'])
    await expect(hint(found)).toHaveAttribute('data-found', 'true');

  await note
    .getByLabel('Action')
    .fill('I led a falls audit as a quality improvement project and set up a night-time toileting round.');
  await note.getByLabel('Result').fill('Falls fell from twelve a month to four within six months.');
  await note.getByLabel('Result').blur();
  await expect(hint('first-person')).toHaveAttribute('data-found', 'true');
  await expect(hint('measurable')).toHaveAttribute('data-found', 'true');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved in this browser');

  // The report: the example scores the audit criterion 2, and fits quality improvement, held without one (1).
  const advert = await context.newPage();
  await advert.goto(`${server.origin}${SAMPLE_ADVERT}`);
  await expect(advert.locator('nhsps-key')).toHaveCount(1);
  const report = await openReport(advert);
  await expect(report.locator(AUDIT)).toHaveAttribute('data-score', '2');
  const qi = report.locator(QUALITY_IMPROVEMENT);
  await expect(qi).toHaveAttribute('data-score', '1');
  await expect(qi.getByTestId('shortlisting')).toContainText(
    '1 of 2 You hold Quality / service improvement, but have no example for it yet.',
  );
  await expect(report.getByTestId('shortlisting-points')).toContainText(/\d+ of 26 points on essential criteria/);
  await expect(qi.getByTestId('link-suggestion')).toContainText('Your Clinical audit example (“Falls on our 28-bed');
  await qi.getByRole('button', { name: 'Link it to Quality / service improvement' }).click();
  await expect(qi).toHaveAttribute('data-score', '2');
  await expect(qi.getByTestId('shortlisting')).toContainText('2 of 2');
  await expect(qi.getByTestId('link-suggestion')).toHaveCount(0);
  const stored = (await readStorage(report, 'profile')).profile as ReturnType<typeof sampleProfile>;
  const linked = stored.skills.find((s) => s.skillId === 'gov-quality-improvement') as { evidence?: unknown[] };
  expect(linked.evidence).toHaveLength(1);

  // The plan, copied whole and one criterion at a time.
  await context.grantPermissions(['clipboard-read'], { origin: server.origin });
  await report.getByRole('tab', { name: 'Statement' }).click();
  const auditSection = report.getByTestId('outline-section').and(report.locator(AUDIT));
  await expect(auditSection.getByTestId('word-budget')).toContainText(
    /Budget: about 9\d words · your notes here: 43 · running total 43 of 1,500/,
  );
  const qiSection = report.getByTestId('outline-section').and(report.locator(QUALITY_IMPROVEMENT));
  await expect(qiSection.getByTestId('covered-above')).toContainText(
    'Covered above: your Quality / service improvement example is already under 7.',
  );
  await report.getByRole('button', { name: 'Copy outline' }).click();
  await expect(report.getByTestId('copy-status')).toHaveText('Copied to the clipboard as plain text.');
  const whole = await clipboard(advert, report);
  expect(whole).toMatch(/^Supporting statement outline: Ward Manager - Acute Medicine – /);
  expect(whole).toContain(
    '\n7. Experience of leading clinical audit and acting on its findings\n   Experience · Essential',
  );
  expect(whole).toMatch(
    / · about 9\d words · running total \d+ of 1,500 words\n {3}Clinical audit: Falls on our 28-bed/,
  );
  expect(whole).toContain('[COVERED ABOVE: your Quality / service improvement example is already under 7.');
  const budgets = [...whole.matchAll(/about (\d+) words/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  expect(budgets).toBe(1500);

  await auditSection.getByRole('button', { name: 'Copy criterion 7' }).click();
  await expect(report.getByTestId('copy-status')).toHaveText('Criterion 7 copied to the clipboard as plain text.');
  const one = await clipboard(advert, report);
  expect(one).toMatch(
    /^Experience of leading clinical audit and acting on its findings\nExperience · Essential · about 9\d words/,
  );
  expect(one).toContain('Clinical audit: Falls on our 28-bed medical ward');
  expect(one).not.toContain('Registered Nurse');
});

test('an advert gone from the site opens from the history as its kept copy, and can be removed', async ({
  page,
  context,
  server,
  extensionUrl,
}) => {
  const CLOSED = '/candidate/jobadvert/C0000-26-0400';
  PAGES[CLOSED] = {
    type: 'text/html',
    body: () =>
      buildAdvert({
        title: 'Community Staff Nurse',
        closing: '01 September 2026',
        posted: '18 August 2026',
        reference: 'C0000-26-0400',
        description: 'Join our district nursing team covering the north of the city.',
        categories: [
          { label: 'Qualifications', essential: ['Current NMC registration'], desirable: [] },
          { label: 'Experience', essential: ['Experience of clinical audit'], desirable: ['Full driving licence'] },
        ],
      }),
  };
  try {
    await seedStorage(context, extensionUrl, { profile: sampleProfile() });
    await page.goto(`${server.origin}${CLOSED}`);
    await expect(page.locator('nhsps-key')).toHaveCount(1);
    const open = await context.newPage();
    await open.goto(`${server.origin}${SAMPLE_ADVERT}`);
    await expect(open.locator('nhsps-key')).toHaveCount(1);
    const key = historyKey(`${server.origin}${CLOSED}`);
    const extension = await context.newPage();
    await extension.goto(extensionUrl('options.html'));
    await expect
      .poll(async () => Object.keys(await readStorage(extension)))
      .toContain(`snapshot:${key.slice('history:'.length)}`);
    await extension.close();
  } finally {
    // The advert closes and leaves the site.
    delete PAGES[CLOSED];
  }
  expect((await page.goto(`${server.origin}${CLOSED}`))?.status()).toBe(404);

  const options = await context.newPage();
  await options.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await options.goto(extensionUrl('options.html#history'));
  // Deadlines: only the advert still open, with the note that adverts may close early.
  await expect(options.getByTestId('deadline')).toHaveText([/^closes in 45 days \(15 January 2027\): Ward Manager/]);
  await expect(options.getByTestId('deadlines')).toContainText('may close early');
  const entry = options.getByTestId('history-entry').filter({ hasText: 'Community Staff Nurse' });
  await expect(entry).toContainText('closes 1 September 2026 · posted 18 August 2026');

  const [kept] = await Promise.all([context.waitForEvent('page'), entry.getByTestId('kept-copy').click()]);
  await expect(kept.getByRole('heading', { level: 1 })).toHaveText('Community Staff Nurse');
  await expect(kept.getByTestId('kept-banner')).toContainText('It may have closed since');
  await expect(kept.getByTestId('warnings')).toContainText('The closing date (1 September 2026) has passed.');
  await expect(kept.locator('li.criterion')).toHaveCount(3);
  // Compared with the profile as it is now: both essentials met, with the registration and the audit example.
  await expect(kept.locator('li.criterion[data-status="met"]')).toHaveText([
    /Current NMC registration/,
    /Experience of clinical audit/,
  ]);
  await expect(kept.locator('li.criterion[data-score="2"]')).toHaveCount(2);
  await kept.getByText('Job description (kept copy)').click();
  await expect(kept.getByTestId('kept-description')).toContainText('Join our district nursing team');
  await expect(kept.getByTestId('kept-description')).toContainText('Experience of clinical audit');

  await kept.getByRole('button', { name: 'Remove from the history' }).click();
  await expect(kept.getByTestId('kept-removed')).toBeVisible();
  await expect(entry).toHaveCount(0);
  const keys = Object.keys(await readStorage(options));
  expect(keys.filter((k) => k.endsWith(historyKey(`${server.origin}${CLOSED}`).slice('history:'.length)))).toEqual([]);
});
