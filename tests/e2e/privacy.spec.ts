import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { highlightTexts } from './support/highlights';
import { recordRequests, unexpectedRequests } from './support/request-log';

const SAMPLE = '/candidate/jobadvert/C9999-26-0001';
const WELSH = '/candidate/jobadvert/C0000-26-0300';
const RESULTS = '/candidate/search/results?keyword=nurse';

test('a whole session (advert, key, options, popup, profile edits) makes no request of its own', async ({
  context,
  page,
  server,
  extensionId,
  extensionUrl,
  findTabId,
}) => {
  const log = recordRequests(context);
  const opened = new Set<string>();
  const open = async (target: Page, url: string) => {
    opened.add(url);
    await target.goto(url);
  };

  // The advert and its key.
  await open(page, `${server.origin}${SAMPLE}`);
  const key = page.locator('nhsps-legend');
  const tally = key.locator('.tally');
  await expect(tally).toHaveText(/Essential: 0 of 13 met/);
  await key.getByRole('button', { name: /Next essential gap/ }).click();
  await key.getByRole('button', { name: 'Hide the key' }).click();
  await key.getByRole('button', { name: /Person spec: 0\/13 essential met/ }).click();

  // Profile edits in the options page, followed live by the key.
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const picker = options.getByRole('combobox', { name: 'Add a skill' });
  for (const typed of ['RGN', 'clinical audit', 'line manag']) {
    await picker.fill(typed);
    await expect(options.getByRole('option').first()).toBeVisible();
    await picker.press('Enter');
  }
  const mine = options.getByRole('list', { name: 'Your skills' });
  await expect(mine.getByRole('listitem')).toHaveCount(3);
  await expect(tally).not.toHaveText(/Essential: 0 of/);
  await mine.getByRole('listitem').first().getByRole('button', { name: /^Remove / }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(2);

  // The popup: the report, a criterion shown on the page, a quick add from a blocker.
  const popup = await context.newPage();
  await popup.goto(extensionUrl(`popup.html?tab=${await findTabId(page)}`));
  const summary = popup.getByTestId('essential-summary');
  await expect(summary).toHaveText(/Essential criteria met: \d+ of 13/);
  const metBefore = Number((await summary.textContent())!.match(/(\d+) of/)![1]);
  await popup.getByTestId('blockers').locator('.criterion-text').first().click();
  await popup.getByTestId('blockers').getByRole('button', { name: 'I have this' }).first().click();
  await expect(mine.getByRole('listitem')).toHaveCount(3);
  await expect.poll(async () => Number((await summary.textContent())!.match(/(\d+) of/)![1])).toBeGreaterThanOrEqual(metBefore);
  await expect.poll(async () => ((await highlightTexts(page)).met ?? []).length).toBeGreaterThan(0);

  // Other pages the content script meets: a Welsh advert, search results.
  await open(page, `${server.origin}${WELSH}`);
  await expect(tally).toHaveText(/Essential: \d of 1 met/);
  await open(page, `${server.origin}${RESULTS}`);
  await expect(page.getByRole('heading').first()).toBeVisible();

  log.stop();
  // The log covers the advert pages and the extension's own pages, so a request from either would show.
  expect(log.requests.map((r) => r.url)).toEqual(
    expect.arrayContaining([`${server.origin}${SAMPLE}`, extensionUrl('options.html'), expect.stringContaining(extensionUrl('popup.html'))]),
  );
  expect(unexpectedRequests(log.requests, extensionId, opened)).toEqual([]);
});

test('the request log catches a request from an extension page and from a page script', async ({ context, page, server, extensionId, extensionUrl }) => {
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
