import type { Page } from '@playwright/test';

/** The text of every range in each of our highlights, read from the page. */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('nhsps-')) result[name.slice(6)] = [...highlight].map((r) => r.toString());
    }
    return result;
  });
}

/** Which copy of the duplicated block each highlighted range sits in. */
export function highlightCopies(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const copies = new Set<string>();
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('nhsps-')) continue;
      for (const range of highlight) {
        const element = range.startContainer.parentElement;
        copies.add(element?.closest('.hide-mobile') ? 'desktop' : element?.closest('details') ? 'mobile' : 'other');
      }
    }
    return [...copies];
  });
}
