import { browser } from 'wxt/browser';

/** The reader as built: the unlisted script WXT makes of entrypoints/reader.ts. It reads the page, sends its lines. */
export const READER_SCRIPT = '/reader.js' as const;
/** The painter as built (WXT names it after its entrypoint, advert.content): the key, the marks, the popup. */
export const PAINTER_SCRIPT = '/content-scripts/advert.js' as const;

export type ScriptTarget = Parameters<typeof browser.scripting.executeScript>[0]['target'];

/**
 * Runs the reader and the painter in `target`, a page the extension does not run on by itself ("Analyse this
 * page"); on the advert sites both are declared, beside the waker. The painter waits for the reader's lines
 * (content/read-handover), and each is evaluated in a task of its own (scripts/build/evaluated-later).
 */
export async function injectAdvertScripts(target: ScriptTarget): Promise<void> {
  await browser.scripting.executeScript({ target, files: [READER_SCRIPT, PAINTER_SCRIPT] });
}
