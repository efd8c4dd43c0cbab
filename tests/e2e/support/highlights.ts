import type { Page } from '@playwright/test';
import { markBoxes, type MarkBox } from './closed-shadow';

/**
 * Every mark box, however far down the page: the overlay keeps only the boxes near the viewport in its
 * DOM, so the page is scrolled a screen at a time, as a reader would.
 */
async function allMarkBoxes(page: Page): Promise<MarkBox[]> {
  const { height, screen, start } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    screen: innerHeight,
    start: scrollY,
  }));
  const seen = new Map<string, MarkBox>();
  for (let y = 0; y < height; y += screen) {
    await page.evaluate((top) => scrollTo(0, top), y);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (const box of await markBoxes(page)) seen.set(`${box.kind}@${box.left},${box.top}`, box);
  }
  await page.evaluate((top) => scrollTo(0, top), start);
  return [...seen.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * The page text under each mark box, with where it sits: the characters whose boxes lie on the mark, in
 * the page's order (hit-testing by caret fails on text that bidi controls reorder).
 */
async function marked(
  page: Page,
  within = 'body',
): Promise<Array<{ kind: string; text: string; copy: string; inside: boolean }>> {
  const boxes = await allMarkBoxes(page);
  return page.evaluate(
    ([list, selector]) => {
      const origin = document.querySelector('nhsps-marks')!.getBoundingClientRect();
      const found = list.map((box) => ({ ...box, chars: [] as string[], first: null as Node | null }));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const area = node.parentElement?.getBoundingClientRect();
        if (!area || node.parentElement!.closest('nhsps-key, nhsps-marks, script, style')) continue;
        const near = found.filter((b) => b.top + origin.top < area.bottom && b.top + b.height + origin.top > area.top);
        if (near.length === 0) continue;
        for (let i = 0; i < node.data.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          const x = r.left + r.width / 2 - origin.left;
          const y = r.top + r.height / 2 - origin.top;
          for (const b of near) {
            if (x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height) {
              b.chars.push(node.data[i]!);
              b.first ??= node;
            }
          }
        }
      }
      return found.map((b) => {
        const element = b.first?.parentElement ?? null;
        const copy = element?.closest('.hide-mobile') ? 'desktop' : element?.closest('details') ? 'mobile' : 'other';
        return { kind: b.kind, text: b.chars.join('').trim(), copy, inside: element?.closest(selector) != null };
      });
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
