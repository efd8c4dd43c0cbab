/**
 * Renders the extension's icons from the SVGs beside this script into public/icon/<size>.png, where
 * WXT picks them up for both manifests. Run after changing an SVG, then commit the PNGs:
 *
 *   npx tsx scripts/icons/render-icons.ts
 *
 * Uses Debian's Chromium through Playwright (CHROMIUM_PATH to override); nothing is downloaded.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const HERE = import.meta.dirname;
const OUT = join(HERE, '../../public/icon');
const SIZES = [16, 32, 48, 96, 128] as const;
const sourceFor = (size: number) => readFileSync(join(HERE, size <= 16 ? 'icon-small.svg' : 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = sourceFor(size).replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!DOCTYPE html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`,
    );
    await page.screenshot({
      path: join(OUT, `${size}.png`),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
