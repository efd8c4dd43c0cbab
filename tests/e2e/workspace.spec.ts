import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { keyShown } from './support/closed-shadow';
import { highlightTexts } from './support/highlights';
import { TRAC_ADVERT } from './support/site-pages';
import { criterionById, openCriterion } from './support/report';
import { readStorage, SAMPLE_ADVERT, sampleProfile, seedStorage, writeFallsAuditExample } from './support/workspace';

const WELSH_ADVERT = '/candidate/jobadvert/C0000-26-0300';

async function addSkill(options: Page, typed: string, label: string) {
  const picker = options.getByRole('combobox', { name: 'Add a skill' });
  await picker.fill(typed);
  await expect(options.getByRole('option').first()).toHaveText(label);
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(options.getByRole('list', { name: 'Your skills' }).locator(`> li`, { hasText: label })).toHaveCount(1);
}

const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveText('All changes saved in this browser');
const storedProfile = async (page: Page) =>
  (await readStorage(page, 'profile')).profile as ReturnType<typeof sampleProfile>;

test('builds a profile through the options page, and it is all there after a reload', async ({
  page,
  extensionUrl,
}) => {
  await page.goto(extensionUrl('options.html'));
  await addSkill(page, 'registered nurse', 'Registered nurse (NMC)');
  await addSkill(page, 'clinical audit', 'Clinical audit');

  // An evidence note in the situation–action–result form, with its word count.
  const audit = page.getByRole('list', { name: 'Your skills' }).locator('> li', { hasText: 'Clinical audit' });
  await audit.getByText('Evidence: no examples yet').click();
  await audit.getByRole('button', { name: 'Add an example for Clinical audit' }).click();
  const note = audit.getByRole('group', { name: 'Example 1 for Clinical audit' });
  await writeFallsAuditExample(note);
  await expect(note.getByTestId('note-words')).toHaveText('27 words');

  // A skill of the user's own, with another wording adverts use (its form is folded away at first).
  await page.getByText('Add a skill of your own').click();
  const custom = page.getByRole('form', { name: 'Add a skill of your own' });
  await custom.getByLabel('Name').fill('Patient flow');
  await custom.getByLabel('Other wordings').fill('bed moves, bed management');
  await custom.getByRole('button', { name: 'Add your skill' }).click();
  await expect(page.getByRole('list', { name: 'Your own skills' })).toContainText(
    'Patient flow — also: bed moves, bed management',
  );
  await expect(
    page.getByRole('list', { name: 'Your skills' }).locator('> li', { hasText: 'Patient flow' }),
  ).toContainText('your skill');
  await page.getByText('Edit wordings').click();
  const wordings = page.getByLabel('Other wordings of Patient flow, one per line');
  await wordings.fill('bed moves\nbed management\nsite team');
  await wordings.blur();
  await expect(page.getByRole('list', { name: 'Your own skills' })).toContainText(
    'Patient flow — also: bed moves, bed management, site team',
  );

  const registration = page.getByRole('form', { name: 'Add a registration' });
  await registration.getByLabel('Registered with').fill('NMC');
  await registration.getByLabel('PIN or number').fill('18A1234E');
  await registration.getByLabel('Expires').fill('2028-03-31');
  await registration.getByLabel('Counts as').selectOption('reg-nmc-nurse');
  await registration.getByRole('button', { name: 'Add registration' }).click();
  await expect(page.getByRole('list', { name: 'Your registrations' })).toContainText(
    'NMC · PIN 18A1234E · Expires 31 March 2028',
  );

  const qualification = page.getByRole('form', { name: 'Add a qualification' });
  await qualification.getByLabel('Qualification').fill('BSc (Hons) Adult Nursing');
  await qualification.getByLabel('From').fill('University of Riverside');
  await qualification.getByLabel('Year').fill('2016');
  await qualification.getByRole('button', { name: 'Add qualification' }).click();
  await expect(page.getByRole('list', { name: 'Your qualifications' })).toContainText(
    'BSc (Hons) Adult Nursing · University of Riverside · 2016',
  );
  // A typo is mended in place: the same entry, changed.
  await page.getByRole('button', { name: 'Edit qualification BSc (Hons) Adult Nursing' }).click();
  const change = page.getByRole('form', { name: 'Change a qualification' });
  await expect(change.getByLabel('Qualification')).toBeFocused();
  await change.getByLabel('Year').fill('2017');
  await change.getByRole('button', { name: 'Save qualification' }).click();
  await expect(page.getByRole('list', { name: 'Your qualifications' }).getByRole('listitem')).toHaveText([
    /BSc \(Hons\) Adult Nursing · University of Riverside · 2017/,
  ]);

  await page.getByLabel('Current band').selectOption('Band 6');
  await page.getByLabel('Years of experience').fill('8');
  await page.getByLabel('Years of experience').blur();
  await saved(page);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Your skills' }).locator('> li')).toHaveCount(3);
  await expect(
    page
      .getByRole('list', { name: 'Your skills' })
      .locator('> li', { hasText: 'Clinical audit' })
      .getByTestId('evidence-summary'),
  ).toContainText('1 example, 27 words');
  await expect(page.getByLabel('Current band')).toHaveValue('Band 6');
  await expect(page.getByLabel('Years of experience')).toHaveValue('8');

  const profile = await storedProfile(page);
  expect(profile).toMatchObject({
    version: 2,
    band: 'Band 6',
    yearsExperience: 8,
    customSkills: [
      { id: 'custom-patient-flow', label: 'Patient flow', variants: ['bed moves', 'bed management', 'site team'] },
    ],
    registrations: [{ body: 'NMC', number: '18A1234E', expires: '2028-03-31', skillId: 'reg-nmc-nurse' }],
    qualifications: [
      { title: 'BSc (Hons) Adult Nursing', institution: 'University of Riverside', year: 2017, status: 'held' },
    ],
  });
  expect(profile.skills.find((s) => s.skillId === 'gov-clinical-audit')?.evidence?.[0]).toMatchObject({
    situation: 'Falls on our ward rose over the winter.',
    result: 'Falls fell by a third.',
  });
});

test('an import that fails validation names the field and changes nothing; export then import round-trips', async ({
  page,
  context,
  extensionUrl,
}) => {
  await seedStorage(context, extensionUrl, { profile: sampleProfile() });
  await page.goto(extensionUrl('options.html'));
  const before = await storedProfile(page);
  const fileInput = page.getByLabel('Import a profile file');

  const bad = { ...sampleProfile(), registrations: [{ id: 'r', body: 'NMC', expires: '31/01/2027' }] };
  await fileInput.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByTestId('import-message')).toContainText(
    '“bad.json” was not imported, and nothing was changed. registrations.0.expires: Invalid ISO date',
  );
  await fileInput.setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(6 * 1024 * 1024, 0x20),
  });
  await expect(page.getByTestId('import-message')).toHaveText(
    '“huge.json” was not imported, and nothing was changed. The file is 6.0 MB: a profile file is at most 5 MB.',
  );
  await fileInput.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('my notes, not JSON'),
  });
  await expect(page.getByTestId('import-message')).toContainText('(file): not valid JSON');
  expect(await storedProfile(page)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo the last import' })).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export your profile' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^nhs-profile-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported)).toEqual(before);

  // Change something, import the exported file: the profile is exactly what was exported.
  // Its example goes with it, so the page asks first.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove Clinical audit' }).click();
  await saved(page);
  const changed = await storedProfile(page);
  expect(changed.skills.map((s) => s.skillId)).not.toContain('gov-clinical-audit');
  await fileInput.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByTestId('import-message')).toContainText('Imported “backup.json”');
  expect(await storedProfile(page)).toEqual(before);
  await expect(
    page.getByRole('list', { name: 'Your skills' }).locator('> li', { hasText: 'Clinical audit' }),
  ).toHaveCount(1);

  // And the import can be undone.
  await page.getByRole('button', { name: 'Undo the last import' }).click();
  await expect(page.getByTestId('import-message')).toHaveText('Your previous profile is back.');
  expect(await storedProfile(page)).toEqual(changed);
});

test('an advert: warnings, blockers, why a skill was found, the outline copied, and the history entry', async ({
  page,
  context,
  server,
  extensionUrl,
  findTabId,
}) => {
  const profile = sampleProfile({
    customSkills: [{ id: 'custom-patient-flow', label: 'Patient flow', variants: ['bed moves'], category: 'other' }],
    skills: [...sampleProfile().skills, { skillId: 'custom-patient-flow', status: 'held' }],
  });
  await seedStorage(context, extensionUrl, { profile });
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  await keyShown(page);
  // The custom skill is found and marked on the advert like a built-in one.
  await expect.poll(async () => (await highlightTexts(page)).met ?? []).toContain('bed moves');

  const tabId = await findTabId(page);
  const popup = await context.newPage();
  await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Ward Manager - Acute Medicine');
  await expect(popup.getByTestId('warnings')).toContainText(
    /Your NMC registration (expires on 10 January 2027, before the closing date|expired on 10 January 2027)/,
  );

  // Blockers first; each part of the score is shown, not a percentage.
  const blockers = popup.getByTestId('blockers').locator('> li');
  await expect(
    blockers.filter({ hasText: 'Sound understanding of clinical governance and risk management' }),
  ).toHaveCount(1);
  const blockerCount = await blockers.count();
  await expect(popup.getByTestId('blocker-count')).toHaveText(`${blockerCount} blockers`);
  await expect(popup.getByTestId('essential-summary')).toContainText(/^\d+ of 13 essential met$/);
  // The score's parts, on request.
  await popup.locator('.score-line').click();
  await expect(popup.getByTestId('score-details')).toBeVisible();
  await expect(popup.locator('.summary')).toContainText('with evidence');
  await expect(popup.locator('.summary')).not.toContainText('%');

  // "Why?": the words on the page and what they count as, in plain words.
  const auditCriterion = criterionById(popup, 'essential_skill_2_criteria_2');
  await expect(auditCriterion).toHaveAttribute('data-status', 'met');
  await openCriterion(auditCriterion);
  await auditCriterion.getByText('Why?').click();
  await expect(auditCriterion.locator('details.why')).toContainText(
    'The advert says “clinical audit”, which counts as Clinical audit.',
  );
  await expect(auditCriterion.locator('details.why')).toContainText('Your profile has this skill.');
  // A skill held without a note is "met, no example yet", with a way to add one.
  const lineManagement = criterionById(popup, 'essential_skill_2_criteria_3');
  await expect(lineManagement).toHaveAttribute('data-status', 'not-evidenced');
  await openCriterion(lineManagement);
  await expect(lineManagement.getByRole('button', { name: /Add evidence/ })).toBeVisible();

  // The statement outline, copied to the clipboard as plain text.
  await popup.getByRole('tab', { name: 'Statement' }).click();
  await expect(popup.getByTestId('word-count')).toContainText('of 1,500 words in your notes');
  await popup.getByRole('button', { name: 'Copy outline' }).click();
  await expect(popup.getByTestId('copy-status')).toHaveText('Copied to the clipboard as plain text.');
  // Chromium will not grant clipboard reading to an extension page: read the shared clipboard from the advert's page.
  await context.grantPermissions(['clipboard-read'], { origin: server.origin });
  await page.bringToFront();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await popup.bringToFront();
  const advert = 'Ward Manager - Acute Medicine – Riverside Community Hospitals NHS Trust';
  expect(copied).toMatch(
    new RegExp(String.raw`^Supporting statement outline: ${advert}\nWords in your notes: \d+ of 1,500\n`),
  );
  expect(copied).toContain('Clinical audit: Falls on our 28-bed ward rose over one winter. I led an audit');
  expect(copied).toContain('[GAP: no evidence note yet for Line / people management]');
  expect(copied.indexOf('Registered Nurse (Adult)')).toBeLessThan(
    copied.indexOf('Commitment to continuing professional development'),
  );

  // The word limit is the user's to set, and is kept.
  await popup.getByLabel('Word limit').fill('1000');
  await popup.getByLabel('Word limit').blur();
  await expect(popup.getByTestId('word-count')).toContainText('of 1,000 words');
  await expect.poll(async () => (await storedProfile(popup)).preferences.wordLimit).toBe(1000);

  // The advert names no assessment methods: the interview tab falls back to its essential criteria, and says so.
  await popup.getByRole('tab', { name: 'Interview' }).click();
  await expect(popup.getByTestId('interview-message')).toContainText(
    'does not say which criteria are assessed at interview, so here are its essential criteria',
  );
  const interview = popup.getByTestId('interview-list').locator('> li');
  await expect(interview).toHaveCount(13);
  await expect(interview.filter({ hasText: 'Experience of leading clinical audit' })).toContainText(
    'Your example (Clinical audit): Falls on our 28-bed ward rose over one winter.',
  );

  // The advert is in the history on the options page, and can be removed.
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html#history'));
  const entry = options.getByTestId('history-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Ward Manager - Acute Medicine');
  await expect(entry).toContainText('Riverside Community Hospitals NHS Trust · Band 7 · closes 15 January 2027');
  await expect(entry.getByTestId('history-blockers')).toHaveText(`${blockerCount} blockers`);
  await options.getByRole('button', { name: 'Remove Ward Manager - Acute Medicine from the history' }).click();
  await expect(entry).toHaveCount(0);
  expect(Object.keys(await readStorage(options)).filter((k) => k.startsWith('history:'))).toEqual([]);
});

test('gaps that recur across adverts are counted on the options page', async ({
  page,
  context,
  server,
  extensionUrl,
}) => {
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  await keyShown(page);
  const second = await context.newPage();
  await second.goto(`${server.origin}${WELSH_ADVERT}`);
  await keyShown(second);

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html#history'));
  await expect(options.getByTestId('history-entry')).toHaveCount(2);
  const recurring = options.getByTestId('recurring-gaps');
  await expect(recurring).toContainText(/Clinical audit: missing in 2 of your last 2 adverts/);
  // Adding the skill from there leaves its example to write, one click away.
  await recurring.getByRole('button', { name: 'I have this (Clinical audit)' }).click();
  await expect(recurring).toContainText(/Clinical audit: no example yet in 2 of your last 2 adverts/);
  await recurring.getByRole('button', { name: 'Add evidence: Clinical audit' }).click();
  await expect(options).toHaveURL(/#evidence-gov-clinical-audit$/);
});

test('two pages editing at once keep both sets of changes, and a clash on one note is the user’s to settle', async ({
  context,
  extensionUrl,
}) => {
  await seedStorage(context, extensionUrl, { profile: sampleProfile() });
  const left = await context.newPage();
  const right = await context.newPage();
  await left.goto(extensionUrl('options.html'));
  await right.goto(extensionUrl('options.html'));

  await Promise.all([
    (async () => {
      await addSkill(left, 'risk management', 'Risk management (organisational)');
      await addSkill(left, 'budget', 'Budget management');
    })(),
    (async () => {
      await addSkill(right, 'safeguarding', 'Safeguarding adults and children');
      await addSkill(right, 'numeracy', 'Numeracy');
    })(),
  ]);
  await saved(left);
  await saved(right);
  const ids = (await storedProfile(left)).skills.map((s) => s.skillId);
  expect(ids).toEqual(
    expect.arrayContaining(['gov-risk-management', 'fin-budget-management', 'gov-safeguarding', 'fin-numeracy']),
  );
  for (const page of [left, right])
    await expect(page.getByRole('list', { name: 'Your skills' }).locator('> li')).toHaveCount(8);

  // Both pages edit the same note: the page still typing is asked, and keeps its text if it says so.
  const note = (page: Page) =>
    page.getByRole('list', { name: 'Your skills' }).locator('> li', { hasText: 'Clinical audit' });
  for (const page of [left, right]) await note(page).getByText('Evidence: 1 example').click();
  await right
    .getByRole('group', { name: 'Example 1 for Clinical audit' })
    .getByLabel('Result')
    .fill('Typed on the right.');
  const leftResult = left.getByRole('group', { name: 'Example 1 for Clinical audit' }).getByLabel('Result');
  await leftResult.fill('Typed on the left.');
  await leftResult.blur();
  await expect(right.getByText('This example was changed in another window')).toBeVisible();
  await right.getByRole('button', { name: 'Keep my version' }).click();
  await expect(leftResult).toHaveValue('Typed on the right.');
  const audit = (await storedProfile(left)).skills.find((s) => s.skillId === 'gov-clinical-audit');
  expect(audit?.evidence?.[0]?.result).toBe('Typed on the right.');
});

test('a write that fails is reported, kept on the page, and saved once storage has room', async ({
  page,
  context,
  extensionUrl,
}) => {
  await seedStorage(context, extensionUrl, { profile: sampleProfile() });
  await page.goto(extensionUrl('options.html'));
  // Fill the extension's storage to within a few bytes of its quota.
  await page.evaluate(async () => {
    const quota = (chrome.storage.local as unknown as { QUOTA_BYTES: number }).QUOTA_BYTES;
    const used = await chrome.storage.local.getBytesInUse(null);
    // Room for a few bytes, not for a profile that grows by a skill.
    await chrome.storage.local.set({ ballast: 'x'.repeat(quota - used - 16) });
  });

  await addSkill(page, 'budget', 'Budget management');
  const failure = page.getByTestId('save-failure');
  await expect(failure).toContainText("1 change is not saved yet. The browser's storage for this extension is full");
  await expect(failure).toContainText(/Trying again in \d+ s/);
  expect((await storedProfile(page)).skills.map((s) => s.skillId)).not.toContain('fin-budget-management');

  // It keeps trying on its own (the "Retry now" button skips the wait; unit-tested with the save queue).
  await expect(failure).toContainText('(attempt 3)', { timeout: 10_000 });
  await expect(
    page.getByRole('list', { name: 'Your skills' }).locator('> li', { hasText: 'Budget management' }),
  ).toHaveCount(1);
  await page.evaluate(() => chrome.storage.local.remove('ballast'));
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved in this browser', { timeout: 15_000 });
  expect((await storedProfile(page)).skills.map((s) => s.skillId)).toContain('fin-budget-management');
});

test('the popup fits 400 px and works by keyboard alone', async ({
  page,
  context,
  server,
  extensionUrl,
  findTabId,
}) => {
  await seedStorage(context, extensionUrl, { profile: sampleProfile() });
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  const tabId = await findTabId(page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(extensionUrl(`popup.html?tab=${tabId}&layout=popup`));
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Ward Manager - Acute Medicine');
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);

  // Tabs: focus the selected tab, move with the arrow keys.
  await popup.getByRole('tab', { name: 'Criteria' }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('tab', { name: 'Statement' })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByRole('tab', { name: 'Statement' })).toBeFocused();
  await popup.keyboard.press('End');
  await expect(popup.getByRole('tab', { name: 'Interview' })).toHaveAttribute('aria-selected', 'true');
  await popup.keyboard.press('Home');
  await expect(popup.getByRole('tab', { name: 'Criteria' })).toHaveAttribute('aria-selected', 'true');

  // One tab stop per criterion: Tab goes from criterion to criterion; Enter opens one, and its actions come next.
  const audit = criterionById(popup, 'essential_skill_2_criteria_2');
  const stops: string[] = [];
  await popup.getByRole('tab', { name: 'Criteria' }).focus();
  for (let i = 0; i < 40 && !stops.includes('Experience'); i++) {
    await popup.keyboard.press('Tab');
    stops.push(
      await popup.evaluate(() =>
        (document.activeElement?.textContent ?? '')
          .trim()
          .split(/[✓✎◐✗–]/)[0]!
          .trim(),
      ),
    );
  }
  const blockerCount = await popup.getByTestId('blockers').locator('> li').count();
  // The tab panel, each blocker, the first category (Qualifications), then the second.
  expect(stops.length).toBe(1 + blockerCount + 2);
  await popup.keyboard.press('Enter'); // opens Experience
  await popup.keyboard.press('Tab');
  await expect(audit.locator('> details > summary')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(audit.locator('> details')).toHaveAttribute('open', '');
  // Inside: "Why?", then "Show on the page"; "Why?" opens from the keyboard.
  await popup.keyboard.press('Tab');
  await expect(audit.locator('summary', { hasText: 'Why?' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(audit.locator('details.why[open]')).toContainText(
    'The advert says “clinical audit”, which counts as Clinical audit.',
  );
  await popup.keyboard.press('Tab');
  await expect(audit.getByRole('button', { name: 'Show on the page' })).toBeFocused();
});

test('an unreadable stored profile is kept, reported and downloadable; an empty start keeps it to undo', async ({
  page,
  context,
  extensionUrl,
}) => {
  const unreadable = { version: 2, skills: 'all of them', updatedAt: 'yesterday' };
  await seedStorage(context, extensionUrl, { profile: unreadable });
  await page.goto(extensionUrl('options.html'));
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved profile could not be read.' });
  await expect(notice).toContainText('Problem: skills:');
  await expect(page.getByRole('combobox', { name: 'Add a skill' })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the saved data' }).click(),
  ]);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(unreadable);
  expect((await readStorage(page, 'profile')).profile).toEqual(unreadable);

  page.once('dialog', (dialog) => void dialog.accept());
  await notice.getByRole('button', { name: 'Start an empty profile' }).click();
  await expect(page.getByRole('combobox', { name: 'Add a skill' })).toBeVisible();
  expect((await readStorage(page, 'profile-previous'))['profile-previous']).toEqual(unreadable);
  await page.getByRole('button', { name: 'Undo the last import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your saved profile could not be read.' })).toBeVisible();
  expect((await readStorage(page, 'profile')).profile).toEqual(unreadable);
});

test('"Add evidence" in the popup opens the options page at a new example for that skill', async ({
  openReport,
  page,
  context,
  server,
  extensionUrl,
}) => {
  await seedStorage(context, extensionUrl, { profile: sampleProfile() });
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  const popup = await openReport(page);
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    (await openCriterion(criterionById(popup, 'essential_skill_2_criteria_3')))
      .getByRole('button', { name: 'Add evidence for Line / people management' })
      .click(),
  ]);
  await expect(options).toHaveURL(/options\.html#evidence-lead-line-management$/);
  const situation = options
    .getByRole('group', { name: 'Example 1 for Line / people management' })
    .getByLabel('Situation');
  await expect(situation).toBeFocused();
  await situation.fill('Our ward had six new starters in one month.');
  await situation.blur();
  await saved(options);
  // The popup follows: the criterion is now met with evidence.
  await expect(criterionById(popup, 'essential_skill_2_criteria_3')).toHaveAttribute('data-status', 'met');
});

test('interview preparation lists the criteria a Trac advert says are assessed at interview', async ({
  openReport,
  page,
  server,
}) => {
  await page.goto(`${server.origin}${TRAC_ADVERT}`);
  await keyShown(page);
  const popup = await openReport(page, '&view=interview');
  const list = popup.getByTestId('interview-list');
  await expect(list.locator('> li')).toHaveCount(2);
  await expect(list).toContainText('Post-graduate training in musculoskeletal assessment');
  await expect(list).toContainText('Post-registration experience of musculoskeletal outpatients');
  await expect(list).not.toContainText('HCPC registration');
});
