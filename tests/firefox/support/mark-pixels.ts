import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';

/**
 * The marks and the key are drawn in closed shadow roots, which neither page scripts nor WebDriver
 * BiDi's locators enter. So these helpers check what the user sees: the colours of the pixels under a
 * phrase, in a screenshot.
 */
export type Box = { x: number; y: number; width: number; height: number };

type Rgb = readonly [number, number, number];

/** The marks' colours (src/content/highlight/mark-styles.ts), and the essential gap's tint over a white page. */
const ESSENTIAL_GAP_LINE: Rgb = [0xd5, 0x28, 0x1b];
const MET_LINE: Rgb = [0x00, 0x7f, 0x3b];
const ESSENTIAL_GAP_TINT: Rgb = [251, 234, 232];

export type MarkPixels = {
  /** Rows of pixels under the phrase drawn in the essential gap's red: 2 for its double underline. */
  gapLines: number;
  /** Rows drawn in the met mark's green. */
  metLines: number;
  /** Share of the phrase's box in the essential gap's faint red tint, 0 to 1. */
  tint: number;
};

/** The box of the first visible occurrence of a phrase in the page's text, in document coordinates. */
export function phraseBox(page: Page, phrase: string): Promise<Box | null> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0) {
        return { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height };
      }
    }
    return null;
  }, phrase);
}

/**
 * How the phrase at this box is marked, read from a screenshot of the box. Lines are looked for in its
 * lower half (the marks underline), the tint in its rows but the first and the last: the line above's
 * or below's mark may reach a pixel into the box.
 */
export async function markPixels(page: Page, box: Box): Promise<MarkPixels> {
  const clip = {
    x: Math.floor(box.x),
    y: Math.floor(box.y),
    width: Math.ceil(box.x + box.width) - Math.floor(box.x),
    height: Math.ceil(box.y + box.height) - Math.floor(box.y),
  };
  const png = PNG.sync.read(Buffer.from(await page.screenshot({ clip, type: 'png' })));
  const scale = png.width / clip.width;
  const inner = { top: Math.ceil(scale), bottom: png.height - Math.ceil(scale) };
  let gapLines = 0;
  let metLines = 0;
  let tinted = 0;
  for (let y = 0; y < png.height; y++) {
    let gap = 0;
    let met = 0;
    for (let x = 0; x < png.width; x++) {
      const at = (y * png.width + x) * 4;
      const pixel: Rgb = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
      if (near(pixel, ESSENTIAL_GAP_LINE, 60)) gap++;
      if (near(pixel, MET_LINE, 60)) met++;
      if (y >= inner.top && y < inner.bottom && near(pixel, ESSENTIAL_GAP_TINT, 4)) tinted++;
    }
    if (y < png.height / 2) continue;
    if (gap >= 0.6 * png.width) gapLines++;
    if (met >= 0.6 * png.width) metLines++;
  }
  return { gapLines, metLines, tint: tinted / (png.width * (inner.bottom - inner.top)) };
}

const near = (a: Rgb, b: Rgb, distance: number) =>
  (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2 <= distance ** 2;
