import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { clickInShadow, keyShown, shadowText } from './support/closed-shadow';
import { highlightTexts } from './support/highlights';
import { openCriterion } from './support/report';
import { recordRequests, unexpectedRequests, type LoggedRequest } from './support/request-log';
import { ADVERT_WITH_DOCUMENTS, OTHER_SITE_ADVERT } from './support/site-pages';

const SAMPLE = '/candidate/jobadvert/C9999-26-0001';
const WELSH = '/candidate/jobadvert/C0000-26-0300';
const RESULTS = '/candidate/search/results?keyword=nurse';

test('a whole session (advert, key, options, popup, profile edits) makes no request of its own', async ({
  openReport,
  context,
  page,
  server,
  extensionId,
  extensionUrl,
}) => {
  const log = recordRequests(context);
  const opened = new Set<string>();
  const open = async (target: Page, url: string) => {
    opened.add(url);
    await target.goto(url);
  };

  // The advert and its key.
  await open(page, `${server.origin}${SAMPLE}`);
  expect(await keyShown(page)).toContain('13 essential criteria');
  await clickInShadow(page, 'nhsps-key', /Re-scan/);

  // Profile edits in the options page, followed live by the key.
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const picker = options.getByRole('combobox', { name: 'Add a skill' });
  for (const typed of ['RGN', 'clinical audit', 'line manag']) {
    await picker.fill(typed);
    await expect(options.getByRole('option').first()).toBeVisible();
    await picker.press('ArrowDown');
    await picker.press('Enter');
  }
  const mine = options.getByRole('list', { name: 'Your skills' });
  await expect(mine.getByRole('listitem')).toHaveCount(3);
  await expect.poll(() => shadowText(page, 'nhsps-key')).toMatch(/Essential: [1-9]\d* of 13 met/);
  await mine
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^Remove / })
    .click();
  await expect(mine.getByRole('listitem')).toHaveCount(2);

  // The popup: the report, a criterion shown on the page, a quick add from a blocker.
  const popup = await openReport(page);
  const summary = popup.getByTestId('essential-summary');
  await expect(summary).toHaveText(/^\d+ of 13 essential met$/);
  const metBefore = Number((await summary.textContent())!.match(/(\d+) of/)![1]);
  const blocker = await openCriterion(popup.getByTestId('blockers').locator('> li').first());
  await blocker.getByRole('button', { name: 'Show on the page' }).click();
  await blocker.getByRole('button', { name: 'I have this' }).first().click();
  await expect(mine.getByRole('listitem')).toHaveCount(3);
  await expect
    .poll(async () => Number((await summary.textContent())!.match(/(\d+) of/)![1]))
    .toBeGreaterThanOrEqual(metBefore);
  await expect.poll(async () => ((await highlightTexts(page)).met ?? []).length).toBeGreaterThan(0);

  // Other pages the content script meets: a Welsh advert, search results.
  await open(page, `${server.origin}${WELSH}`);
  await expect.poll(() => shadowText(page, 'nhsps-key')).toMatch(/Essential: \d of 1 met/);
  await open(page, `${server.origin}${RESULTS}`);
  await expect(page.getByRole('heading').first()).toBeVisible();

  log.stop();
  // The log covers the advert pages and the extension's own pages, so a request from either would show.
  expect(log.requests.map((r) => r.url)).toEqual(
    expect.arrayContaining([
      `${server.origin}${SAMPLE}`,
      extensionUrl('options.html'),
      expect.stringContaining(extensionUrl('popup.html')),
    ]),
  );
  expect(unexpectedRequests(log.requests, extensionId, opened)).toEqual([]);
});

test('attached documents are fetched only when asked, only from the advert’s own site; "Analyse this page" fetches nothing', async ({
  tabIdByUrl,
  openReport,
  context,
  page,
  server,
  extensionId,
  extensionUrl,
}) => {
  const log = recordRequests(context);
  const opened = new Set<string>();
  const asked = new Set<string>();
  const advertUrl = `${server.origin}${ADVERT_WITH_DOCUMENTS}`;
  opened.add(advertUrl);
  await page.goto(advertUrl);
  const popup = await openReport(page);
  const documents = popup.getByTestId('documents');
  await expect(documents.getByRole('link').first()).toBeVisible();
  const links = await documents.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(0);
  expect(log.requests.filter((r) => links.includes(r.url))).toEqual([]);

  // The user asks for each document in turn.
  for (const [i, link] of links.entries()) {
    asked.add(link);
    const item = documents.locator('.documents-list > li').nth(i);
    await item.getByRole('button').click();
    // This document's own outcome: an earlier document's would let the loop run on before this one is fetched.
    await expect(
      item
        .getByText(/criteria found|not a document|could not/i)
        .or(item.getByRole('alert'))
        .first(),
    ).toBeVisible({ timeout: 15_000 });
  }

  // A page of a site the extension does not run on, read once because the user asks.
  const otherUrl = `${server.origin}${OTHER_SITE_ADVERT}`;
  opened.add(otherUrl);
  await page.goto(otherUrl);
  const other = await context.newPage();
  await other.goto(extensionUrl(`popup.html?tab=${await tabIdByUrl(page)}`));
  await other.getByRole('button', { name: 'Analyse this page' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Community Staff Nurse');
  log.stop();

  const sameSite = (r: LoggedRequest) => new URL(r.url).origin === new URL(r.from).origin;
  const fetched = log.requests.filter((r) => asked.has(r.url));
  expect(fetched.length).toBe(asked.size);
  for (const request of fetched) expect(request.from).toBe(advertUrl);
  expect(unexpectedRequests(log.requests, extensionId, opened, (r) => asked.has(r.url) && sameSite(r))).toEqual([]);
});

test('the request log catches a request from an extension page and from a page script', async ({
  context,
  page,
  server,
  extensionId,
  extensionUrl,
}) => {
  const log = recordRequests(context);
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.evaluate(() => fetch('http://tracker.invalid/collect').catch(() => undefined));
  await page.goto(`${server.origin}/news`);
  await page.evaluate((origin) => fetch(`${origin}/beacon`).catch(() => undefined), server.origin);
  log.stop();

  const unexpected = unexpectedRequests(log.requests, extensionId, new Set([`${server.origin}/news`]));
  expect(unexpected.map((r) => r.url)).toEqual(['http://tracker.invalid/collect', `${server.origin}/beacon`]);
  expect(unexpected[0]!.from).toBe(extensionUrl('options.html'));
});
