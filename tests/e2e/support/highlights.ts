import type { Page } from '@playwright/test';
import { markBoxes, type MarkBox } from './closed-shadow';

/** The page text under each mark box, with where it sits, read by hit-testing the page at the box's ends. */
async function marked(
  page: Page,
  within = 'body',
): Promise<Array<{ kind: string; text: string; copy: string; inside: boolean }>> {
  const boxes = await markBoxes(page);
  return page.evaluate(
    ([list, selector]) => {
      const startAt = scrollY;
      const found = list.map((box) => {
        scrollTo(0, Math.max(0, box.top - 100));
        const y = box.top + box.height / 2 - scrollY;
        const from = document.caretRangeFromPoint(box.left + 0.5 - scrollX, y);
        const to = document.caretRangeFromPoint(box.left + box.width - 0.5 - scrollX, y);
        if (!from || !to) return { kind: box.kind, text: '', copy: 'none', inside: false };
        const range = document.createRange();
        range.setStart(from.startContainer, from.startOffset);
        range.setEnd(to.startContainer, to.startOffset);
        const element = range.startContainer.parentElement;
        const copy = element?.closest('.hide-mobile') ? 'desktop' : element?.closest('details') ? 'mobile' : 'other';
        const inside = element?.closest(selector) != null;
        return { kind: box.kind, text: range.toString().trim(), copy, inside };
      });
      scrollTo(0, startAt);
      return found;
    },
    [boxes, within] as [MarkBox[], string],
  );
}

/** The text of every mark, by kind (met, partial, missing, desirable), as a user sees them. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const { kind, text } of await marked(page)) (result[kind] ??= []).push(text);
  return result;
}

/** Which copy of the duplicated block the marks sit in. */
export async function highlightCopies(page: Page): Promise<string[]> {
  return [...new Set((await marked(page)).map((m) => m.copy))];
}

/** Whether every mark lies inside an element matching the selector. */
export async function marksWithin(page: Page, selector: string): Promise<boolean> {
  return (await marked(page, selector)).every((m) => m.inside);
}
