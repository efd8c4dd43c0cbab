import type { BrowserContext, Locator, Page } from '@playwright/test';

export const SAMPLE_ADVERT = '/candidate/jobadvert/C9999-26-0001';

/** A profile as the extension stores it, for tests that start from one rather than build it. */
export function sampleProfile(overrides: Record<string, unknown> = {}) {
  return {
    version: 2,
    skills: [
      { skillId: 'reg-nmc-nurse', status: 'held', since: '2018-09-01' },
      {
        skillId: 'gov-clinical-audit',
        status: 'held',
        evidence: [
          {
            id: 'note-audit',
            situation: 'Falls on our 28-bed ward rose over one winter.',
            action:
              'I led an audit of falls risk assessments, shared the findings at the ward meeting and re-audited after a change to bay nursing.',
            result: 'Falls fell by a third in six months.',
          },
        ],
      },
      { skillId: 'lead-line-management', status: 'held' },
      { skillId: 'comm-verbal-written', status: 'held' },
    ],
    customSkills: [],
    registrations: [{ id: 'reg-1', body: 'NMC', number: '18A1234E', expires: '2027-01-10', skillId: 'reg-nmc-nurse' }],
    qualifications: [],
    band: 'Band 6',
    yearsExperience: 8,
    preferences: { wordLimit: 1500, keepHistory: true },
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

/** Writes straight to the extension's storage from one of its pages. */
export async function seedStorage(
  context: BrowserContext,
  extensionUrl: (p: string) => string,
  items: Record<string, unknown>,
) {
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  await page.evaluate((values) => chrome.storage.local.set(values), items);
  await page.close();
}

/** Reads the extension's storage from one of its pages. */
export function readStorage(page: Page, key: string | null = null): Promise<Record<string, unknown>> {
  return page.evaluate((k) => chrome.storage.local.get(k), key);
}

/** Writes the falls-audit example (situation, action told with "I", a measured result) into an example's form. */
export async function writeFallsAuditExample(note: Locator): Promise<void> {
  await note.getByLabel('Situation').fill('Falls on our ward rose over the winter.');
  await note
    .getByLabel('Action')
    .fill('I led an audit of falls risk assessments and re-audited after changing the rota.');
  await note.getByLabel('Result').fill('Falls fell by a third.');
  await note.getByLabel('Result').blur();
}
