import type { BrowserContext } from '@playwright/test';
import { expect, launchExtension, setupTabOnInstall, test as base } from './support/extension';
import { writeFallsAuditExample } from './support/workspace';

const NURSE_ADVERT = '/candidate/jobadvert/C9999-26-0001';

/** A browser of its own, installed for this file: the set-up tab it opens on install is left open. */
const test = base.extend<object, { extensionContext: BrowserContext }>({
  extensionContext: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring
    async ({}, use) => {
      const launched = await launchExtension();
      await use(launched.context);
      await launched.close();
    },
    { scope: 'worker' },
  ],
});

const TYPED_SKILLS = [
  ['communication', 'Verbal and written communication'],
  ['audit', 'Clinical audit'],
  ['Excel', 'Microsoft Office'],
] as const;

test('first run: the set-up opens on install, a registration typed as NMC and three skills typed by keyboard count on a nurse advert', async ({
  context,
  server,
  openReport,
}) => {
  test.slow(); // the whole first-run path, on a machine shared by several builds
  // Install: the set-up opens by itself, on its first step.
  const setup = await setupTabOnInstall(context);
  await expect(setup.getByRole('heading', { level: 1 })).toHaveText('Set up your profile');
  await expect(setup.getByRole('heading', { level: 2 })).toHaveText('Step 1 of 3: your registration');

  // The registration, typed as most nurses would: "NMC", and "Counts as" left alone.
  const registration = setup.getByRole('form', { name: 'Add a registration' });
  await registration.getByLabel('Registered with').pressSequentially('NMC');
  await registration.getByLabel('PIN or number').pressSequentially('18A1234E');
  await registration.getByLabel('Expires').fill('2028-03-31');
  await registration.getByRole('button', { name: 'Add registration' }).click();
  await expect(registration.getByRole('alert')).toHaveText(
    'Say which part of the NMC register you are on, so adverts count it.',
  );
  await expect(registration.getByRole('radio', { name: 'Nurse: adult' })).toBeFocused();
  await registration.getByRole('radio', { name: 'Nurse: adult' }).check();
  await expect(registration.getByLabel('Counts as')).toHaveValue('reg-nmc-field-adult');
  await registration.getByRole('button', { name: 'Add registration' }).click();
  await expect(setup.getByRole('list', { name: 'Your registrations' })).toContainText(
    'NMC · PIN 18A1234E · Expires 31 March 2028 · counts as Nursing field: adult',
  );
  await setup.getByRole('button', { name: 'Next: your skills' }).click();

  // Three skills with the keyboard only: Tab from the step's heading to the picker, type, ↓, Enter.
  const heading = setup.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Step 2 of 3: your skills');
  await expect(heading).toBeFocused();
  await setup.keyboard.press('Tab');
  const picker = setup.getByRole('combobox', { name: 'Add a skill' });
  await expect(picker).toBeFocused();
  for (const [typed, label] of TYPED_SKILLS) {
    await setup.keyboard.type(typed);
    await expect(setup.getByRole('option').first()).toHaveText(label);
    await expect(picker).not.toHaveAttribute('aria-activedescendant');
    await setup.keyboard.press('ArrowDown');
    await expect(setup.getByRole('option', { selected: true })).toHaveText(label);
    await setup.keyboard.press('Enter');
    await expect(setup.getByTestId('added-notice')).toContainText(`Added ${label} · Undo`);
    await expect(picker).toBeFocused();
    await expect(picker).toHaveValue('');
  }
  await expect(setup.getByRole('list', { name: 'Your skills' }).getByRole('listitem')).toHaveText([
    /^Microsoft Office/,
    /^Clinical audit/,
    /^Verbal and written communication/,
  ]);
  await setup.getByRole('button', { name: 'Next: one example' }).click();

  // One example, for the skill chosen.
  await expect(setup.getByRole('heading', { level: 2 })).toHaveText('Step 3 of 3: one example');
  await setup.getByLabel('Skill to write about').selectOption({ label: 'Clinical audit' });
  const note = setup.getByRole('group', { name: 'Example 1 for Clinical audit' });
  await writeFallsAuditExample(note);
  await expect(note.getByTestId('note-words')).toHaveText('27 words');
  await setup.getByRole('button', { name: 'Finish' }).click();
  await expect(setup.getByTestId('setup-summary')).toHaveText(
    'Saved in this browser: 1 registration, 3 skills, 1 example.',
  );

  // A nurse advert: the registration criterion is met, and the skills marked held are the ones typed (the
  // criterion asks for the nurse's registration, the most specific id, not the whole NMC register beside it).
  const advert = await context.newPage();
  await advert.goto(`${server.origin}${NURSE_ADVERT}`);
  await expect(advert.locator('nhsps-key')).toHaveCount(1);
  const report = await openReport(advert);
  await expect(report.getByTestId('setup-cta')).toHaveCount(0);
  const nurse = report.locator('[data-criterion-id="essential_skill_1_criteria_1"]').first();
  await expect(nurse).toContainText('Registered Nurse (Adult) with current NMC registration');
  await expect(nurse).toHaveAttribute('data-status', 'met');
  const held = await report.locator('.skill--held .skill-name').allTextContents();
  expect(new Set(held)).toEqual(
    new Set(['Registered nurse (NMC)', 'Nursing field: adult', ...TYPED_SKILLS.map(([, label]) => label)]),
  );
  const audit = report.locator('[data-criterion-id="essential_skill_2_criteria_2"]').first();
  await expect(audit).toHaveAttribute('data-status', 'met');
});

test('the popup asks an empty profile to set up first, and opens the set-up', async ({
  context,
  server,
  openReport,
  page,
}) => {
  await page.goto(`${server.origin}${NURSE_ADVERT}`);
  await expect(page.locator('nhsps-key')).toHaveCount(1);
  const report = await openReport(page);
  const cta = report.getByTestId('setup-cta');
  await expect(cta.getByRole('heading')).toHaveText('Set up your profile to see what you meet');
  // It comes before the score.
  const [ctaBox, scoreBox] = await Promise.all([
    cta.boundingBox(),
    report.getByTestId('essential-summary').boundingBox(),
  ]);
  expect(ctaBox!.y).toBeLessThan(scoreBox!.y);
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    cta.getByRole('button', { name: 'Set up your profile' }).click(),
  ]);
  await opened.waitForURL(/\/setup\.html$/);
  await expect(opened.getByRole('heading', { level: 2 })).toHaveText('Step 1 of 3: your registration');
});
