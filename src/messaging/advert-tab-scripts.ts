import { browser } from 'wxt/browser';

/** The reader as built: the unlisted script WXT makes of entrypoints/reader.ts. It reads the page, sends its lines. */
export const READER_SCRIPT = '/reader.js' as const;
/** The painter as built (WXT names it after its entrypoint, advert.content): the key, the marks, the popup. */
export const PAINTER_SCRIPT = '/content-scripts/advert.js' as const;

export type ScriptTarget = Parameters<typeof browser.scripting.executeScript>[0]['target'];
/**
 * Runs the reader in `target`, a page the extension does not run on by itself ("Analyse this page"): on the
 * advert sites it is declared, beside the waker. The background injects the painter when its lines come
 * (background/inject-advert-scripts).
 */
export async function injectReader(target: ScriptTarget): Promise<void> {
  await browser.scripting.executeScript({ target, files: [READER_SCRIPT] });
}

/**
 * Runs the painter in `target`, once per page: a second copy would start a second WXT context, which stops the
 * first (as after an update of the extension). It waits for the reader's lines (content/read-handover).
 */
export async function injectPainter(target: ScriptTarget): Promise<void> {
  await browser.scripting.executeScript({ target, files: [PAINTER_SCRIPT], injectImmediately: true });
}
