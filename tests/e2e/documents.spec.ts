import { expect, test } from './support/extension';
import { expectCriterionIn } from './support/report';
import { shadowText } from './support/closed-shadow';
import { recordRequests } from './support/request-log';
import { ADVERT_WITH_DOCUMENTS, TRAC_ADVERT } from './support/site-pages';

test('an advert whose specification is only in its attached PDF: the popup reads it on request and reports it', async ({
  openReport,
  page,
  context,
  server,
}) => {
  const log = recordRequests(context);
  await page.goto(`${server.origin}${ADVERT_WITH_DOCUMENTS}`);
  const popup = await openReport(page);
  await expect(popup.getByTestId('page-message')).toContainText('No person specification found on this page');
  const documents = popup.getByTestId('documents');
  await expect(documents.getByRole('link')).toHaveText([
    'Job description and person specification (PDF, 33 KB)',
    'Person specification (old link)',
  ]);
  // Nothing is downloaded until the user asks.
  expect(log.requests.filter((r) => r.url.includes('/documents/'))).toEqual([]);

  await documents.getByRole('button', { name: /^Read criteria from Job description/ }).click();
  await expect(documents.getByText('8 criteria found, 8 added to the report.')).toBeVisible({ timeout: 15_000 });
  expect(log.requests.filter((r) => r.url.includes('/documents/')).map((r) => r.url)).toEqual([
    `${server.origin}${ADVERT_WITH_DOCUMENTS}/documents/job-description.pdf`,
  ]);

  // The merged criteria are the report now: in the popup, and in the key on the page.
  await expectCriterionIn(popup, 'Drug calculations', 'Skills and knowledge');
  await expectCriterionIn(popup, 'Experience of leading a shift', 'Experience');
  await expect.poll(() => shadowText(page, 'nhsps-key')).toContain('5 essential criteria');

  // A link that leads to a web page is refused with a reason, and nothing is added.
  await documents.getByRole('button', { name: /^Read criteria from Person specification/ }).click();
  await expect(documents.getByRole('alert')).toHaveText('The link leads to a web page, not a document.');
});

test('a Trac advert with criteria on the page and in its PDF: reading it adds the new ones, reading it again adds nothing', async ({
  openReport,
  page,
  server,
}) => {
  await page.goto(`${server.origin}${TRAC_ADVERT}`);
  const popup = await openReport(page);
  const documents = popup.getByTestId('documents');
  const read = documents.getByRole('button', { name: /^Read criteria from Job description and person specification/ });
  await read.click();
  await expect(documents.getByText('8 criteria found, 8 added to the report.')).toBeVisible({ timeout: 15_000 });
  await expectCriterionIn(popup, 'Drug calculations', 'Skills and knowledge');
  await expectCriterionIn(popup, 'Degree in physiotherapy', 'Qualifications');
  await documents.getByRole('button', { name: /^Read again from Job description/ }).click();
  await expect(documents.getByText('8 criteria found, all already on the page.')).toBeVisible({ timeout: 15_000 });
  await expectCriterionIn(popup, 'Drug calculations', 'Skills and knowledge');
});

test('criteria read from a document come back with the advert, without reading it again', async ({
  openReport,
  page,
  context,
  server,
}) => {
  await page.goto(`${server.origin}${ADVERT_WITH_DOCUMENTS}`);
  const first = await openReport(page);
  await first
    .getByTestId('documents')
    .getByRole('button', { name: /^Read criteria from Job description/ })
    .click();
  await expect(first.getByTestId('documents').getByText('8 criteria found, 8 added to the report.')).toBeVisible({
    timeout: 15_000,
  });
  await first.close();

  const log = recordRequests(context);
  await page.reload();
  await expect.poll(() => shadowText(page, 'nhsps-key')).toContain('5 essential criteria');
  const again = await openReport(page);
  const documents = again.getByTestId('documents');
  await expect(documents.getByText('Read on an earlier visit: 8 criteria, kept in this browser.')).toBeVisible();
  await expect(documents.getByRole('button', { name: /^Read again from Job description/ })).toBeVisible();
  await expectCriterionIn(again, 'Drug calculations', 'Skills and knowledge');
  expect(log.requests.filter((r) => r.url.includes('/documents/'))).toEqual([]);
});
