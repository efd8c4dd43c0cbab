import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { TRAC_ADVERT } from '../e2e/support/site-pages';
import { SAMPLE_ADVERT, sampleProfile } from '../e2e/support/workspace';
import { readItems, storeItems, tabIdShowing } from './support/extension-apis';
import { addressOf, extensionTabOpenedBy, goInside, pressFirstKeyControl } from './support/extension-tab';
import { extensionOrigin, launchFirefox, type FirefoxSession } from './support/firefox';
import { markPixels, phraseBox, type MarkPixels } from './support/mark-pixels';
import { whatThePageSees } from './support/page-view';

// The built Firefox add-on (npm run build:e2e:firefox) in Debian's Firefox ESR, on fixture adverts served
// from loopback: one browser for the whole file, whose steps build on each other like a user's visit.
let firefox: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox();
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const WAIT = { timeout: 15_000, interval: 250 };

async function openAdvert(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** The key's host in the page: one element of the extension's, with a size, whatever it says inside. */
async function keySize(page: Page): Promise<{ width: number; height: number }> {
  return vi.waitFor(async () => {
    const size = await page.evaluate(() => {
      const rect = document.querySelector('nhsps-key')?.getBoundingClientRect();
      return rect ? { width: rect.width, height: rect.height } : null;
    });
    if (!size) throw new Error('No <nhsps-key> in the page');
    return size;
  }, WAIT);
}

/** Waits until the phrase is marked as `expected` says, and returns what its pixels show. */
async function marksOn(page: Page, phrase: string, expected: (pixels: MarkPixels) => void): Promise<MarkPixels> {
  return vi.waitFor(async () => {
    const box = await phraseBox(page, phrase);
    if (!box) throw new Error(`"${phrase}" is not shown on the page`);
    const pixels = await markPixels(page, box);
    expected(pixels);
    return pixels;
  }, WAIT);
}

const essentialGap = (p: MarkPixels) => {
  expect(p.gapLines, 'the double underline of an essential gap').toBeGreaterThanOrEqual(2);
  expect(p.tint, 'the faint red tint of an essential gap').toBeGreaterThan(0.3);
  expect(p.metLines).toBe(0);
};
const met = (p: MarkPixels) => {
  expect(p.metLines, 'the solid green underline of a skill in the profile').toBeGreaterThanOrEqual(1);
  expect(p.gapLines).toBe(0);
  expect(p.tint).toBe(0);
};
const unmarked = (p: MarkPixels) => expect(p).toEqual({ gapLines: 0, metLines: 0, tint: 0 });

let nhsAdvert: Page;
let extensionTab: Page;
/** What a script of the NHS advert could read with an empty profile. */
let seenWithEmptyProfile: unknown;

describe('the Firefox add-on', () => {
  it('docks the key on an NHS Jobs advert and marks an essential gap in red, double underlined', async () => {
    nhsAdvert = await openAdvert(SAMPLE_ADVERT);
    const key = await keySize(nhsAdvert);
    expect(key.width).toBeGreaterThan(300);
    expect(key.height).toBeGreaterThan(20);
    await marksOn(nhsAdvert, 'clinical audit', essentialGap);
    // The words of the criterion that name no skill stay as the page drew them.
    unmarked(await markPixels(nhsAdvert, (await phraseBox(nhsAdvert, 'and acting on its findings'))!));

    seenWithEmptyProfile = await whatThePageSees(nhsAdvert);
    // The page holds the extension's two elements, whose shadow roots are closed to it.
    expect(seenWithEmptyProfile).toMatchObject({
      elements: [
        { tag: 'nhsps-key', shadowRoot: null, children: 0 },
        { tag: 'nhsps-marks', shadowRoot: null, children: 0 },
      ],
    });
  });

  it('docks the key on a Trac advert and marks its essential registration, not the assessment method', async () => {
    const trac = await openAdvert(TRAC_ADVERT);
    const key = await keySize(trac);
    expect(key.width).toBeGreaterThan(300);
    expect(key.height).toBeGreaterThan(20);
    await marksOn(trac, 'HCPC registration', essentialGap);
    unmarked(await markPixels(trac, (await phraseBox(trac, 'Evidence: Application form'))!));
    await trac.close();
  });

  it('opens the options page from the key, saves a skill picked there, and the advert follows', async () => {
    // Keys go to the tab in front: the Trac advert, closed, left another one there.
    await nhsAdvert.bringToFront();
    extensionTab = await extensionTabOpenedBy(firefox.browser, () => pressFirstKeyControl(nhsAdvert));
    // The page where the profile is built: the options page, or a set-up page leading to it.
    expect(await addressOf(extensionTab)).toMatch(new RegExp(`^${extensionOrigin}/(options|setup)\\.html$`));
    await goInside(extensionTab, 'options.html');

    const picker = await vi.waitFor(async () => {
      const input = await extensionTab.$('.picker input[role="combobox"]');
      if (!input) throw new Error('No skill picker on the options page');
      return input;
    }, WAIT);
    await picker.type('clinical audit');
    await vi.waitFor(async () => {
      const first = await extensionTab.evaluate(() => document.querySelector('[role="option"]')?.textContent);
      expect(first).toBe('Clinical audit');
    }, WAIT);
    await picker.press('Enter');

    await vi.waitFor(async () => {
      const { profile } = (await readItems(extensionTab, 'profile')) as { profile?: { skills: { skillId: string }[] } };
      expect(profile?.skills.map((s) => s.skillId)).toEqual(['gov-clinical-audit']);
    }, WAIT);
    // The advert, still open, is read again for the new profile: the gap is now a skill held.
    await marksOn(nhsAdvert, 'clinical audit', met);
  });

  it('marks the advert again for a stored profile, and a script of the page sees nothing of the change', async () => {
    await storeItems(extensionTab, { profile: sampleProfile() });
    await marksOn(nhsAdvert, 'Line management', met);
    expect(await whatThePageSees(nhsAdvert)).toEqual(seenWithEmptyProfile);
  });

  it('shows the criteria and the blockers of the advert for the stored profile, in the report', async () => {
    const tabId = await tabIdShowing(extensionTab, nhsAdvert.url());
    await goInside(extensionTab, `popup.html?tab=${tabId}`);

    const report = await vi.waitFor(async () => {
      const shown = await extensionTab.evaluate(() => ({
        title: document.querySelector('h1')?.textContent,
        summary: document.querySelector('[data-testid="essential-summary"]')?.textContent,
        blockerCount: document.querySelector('[data-testid="blocker-count"]')?.textContent,
        blockers: [...document.querySelectorAll('[data-testid="blockers"] > li')].map((li) => li.textContent ?? ''),
        categories: [...document.querySelectorAll('section.category h3')].map((h) => h.textContent),
        audit: document
          .querySelector('[data-criterion-id="essential_skill_2_criteria_2"]')
          ?.getAttribute('data-status'),
      }));
      // A folded category's criteria are filled in a frame after the report's first paint.
      if (!shown.title || shown.audit === undefined) throw new Error('The report and its criteria are not shown yet');
      return shown;
    }, WAIT);
    expect(report.title).toBe('Ward Manager - Acute Medicine');
    expect(report.summary).toMatch(/^\d+ of 13 essential met$/);
    expect(report.categories).toEqual(expect.arrayContaining(['Qualifications', 'Experience']));
    expect(report.audit).toBe('met');
    expect(
      report.blockers.some((b) => b.includes('Sound understanding of clinical governance and risk management')),
    ).toBe(true);
    expect(report.blockers.some((b) => b.includes('clinical audit'))).toBe(false);
    expect(report.blockerCount).toBe(`${report.blockers.length} blockers`);
  });

  it('heard no error from the adverts, the content script or the extension’s tabs', () => {
    // BiDi reports the content script's uncaught errors and rejections as the advert's (checked by hand).
    const errors = firefox.logs.filter((l) => l.kind === 'pageerror' || l.kind === 'console.error');
    expect(errors).toEqual([]);
  });
});
