import { expect } from './extension';
import type { Locator, Page } from '@playwright/test';

/** A criterion of the report by its text, wherever it is listed: with the blockers, or folded in its category. */
export function criterionByText(report: Page, text: string | RegExp): Locator {
  return report
    .locator('li.criterion')
    .filter({ has: report.locator('.criterion-summary > .criterion-text', { hasText: text }) });
}

/** A criterion of the report by its id. */
export const criterionById = (report: Page, id: string): Locator =>
  report.locator(`li.criterion[data-criterion-id="${id}"]`);

/**
 * Opens a criterion as a user would (its category first, when it is folded in one), so that the
 * actions inside it can be used; returns it.
 */
export async function openCriterion(criterion: Locator): Promise<Locator> {
  const page = criterion.page();
  const category = page.locator('section.category > details').filter({ has: criterion });
  if ((await category.count()) > 0 && !(await category.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await category.locator('> summary').click();
  }
  const details = criterion.locator('> details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('> summary').click();
  return criterion;
}

/** The report lists the criterion once, in the category given: folded there, or with the blockers, saying so. */
export async function expectCriterionIn(report: Page, text: string | RegExp, category: string): Promise<void> {
  const criterion = criterionByText(report, text);
  await expect(criterion).toHaveCount(1);
  await expect(criterion).toHaveAttribute('data-category', category);
}
