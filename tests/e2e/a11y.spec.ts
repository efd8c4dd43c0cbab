import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { keyShown } from './support/closed-shadow';
import { SAMPLE_ADVERT, sampleProfile, seedStorage } from './support/workspace';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; targets: string[] };

/** Serious and critical axe-core violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated rather than added as a <script>.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

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

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test('the popup has no serious or critical accessibility violation in any view', async ({
      page,
      context,
      server,
      extensionUrl,
      findTabId,
    }) => {
      await seedStorage(context, extensionUrl, { profile });
      await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
      const tabId = await findTabId(page);
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(extensionUrl(`popup.html?tab=${tabId}&layout=popup`));
      await expect(popup.getByTestId('essential-summary')).toBeVisible();
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );

      await popup.locator('summary', { hasText: 'Why?' }).first().click();
      expect(await seriousViolations(popup), 'criteria').toEqual([]);
      for (const tab of ['Statement', 'Interview']) {
        await popup.getByRole('tab', { name: tab }).click();
        expect(await seriousViolations(popup), tab).toEqual([]);
      }
    });

    test('the options page has no serious or critical accessibility violation', async ({
      page,
      context,
      server,
      extensionUrl,
    }) => {
      await seedStorage(context, extensionUrl, { profile });
      await page.goto(`${server.origin}${SAMPLE_ADVERT}`); // puts an advert in the history
      await keyShown(page);
      const options = await context.newPage();
      await options.emulateMedia({ colorScheme });
      await options.goto(extensionUrl('options.html'));
      await expect(options.getByTestId('history-entry')).toHaveCount(1);
      const audit = options.getByRole('list', { name: 'Your skills' }).locator('> li', { hasText: 'Clinical audit' });
      await audit.getByText('Evidence: 1 example').click();
      expect(await seriousViolations(options)).toEqual([]);
    });
  });
}

test('the options page reflows at 200% zoom and narrower, without sideways scrolling', async ({
  context,
  extensionUrl,
}) => {
  await seedStorage(context, extensionUrl, { profile });
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await expect(options.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  // A 1280 px window at 200% zoom is 640 CSS px wide; WCAG reflow asks for 320.
  for (const width of [640, 320]) {
    await options.setViewportSize({ width, height: 800 });
    expect(await options.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(
      width,
    );
  }
});

test('the full-page report reflows at 200% zoom', async ({ page, context, server, extensionUrl, findTabId }) => {
  await seedStorage(context, extensionUrl, { profile });
  await page.goto(`${server.origin}${SAMPLE_ADVERT}`);
  const report = await context.newPage();
  await report.setViewportSize({ width: 640, height: 800 });
  await report.goto(extensionUrl(`popup.html?tab=${await findTabId(page)}`));
  await expect(report.getByTestId('essential-summary')).toBeVisible();
  for (const tab of ['Criteria', 'Statement']) {
    await report.getByRole('tab', { name: tab }).click();
    expect(await report.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(640);
  }
});
