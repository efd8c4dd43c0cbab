import { browser } from 'wxt/browser';

/** The reader as built: the unlisted script WXT makes of entrypoints/reader.ts. It reads the page, sends its lines. */
export const READER_SCRIPT = '/reader.js' as const;
/** The painter as built (WXT names it after its entrypoint, advert.content): the key, the marks, the popup. */
export const PAINTER_SCRIPT = '/content-scripts/advert.js' as const;

export type ScriptTarget = Parameters<typeof browser.scripting.executeScript>[0]['target'];

/**
 * Runs the advert tab's two scripts in `target`: the reader, then the painter, each by a call of its own so
 * that each is evaluated in a task of its own. The painter waits for the reader's lines (content/read-handover),
 * so it is evaluated while the page is still arriving, not after the lines have gone to the background.
 * `immediately`: as the page starts loading, not once it is parsed. Rejects when the browser refuses either.
 */
export async function injectAdvertTabScripts(target: ScriptTarget, { immediately = false } = {}): Promise<void> {
  const inject = (file: typeof READER_SCRIPT | typeof PAINTER_SCRIPT) =>
    browser.scripting.executeScript({ target, files: [file], injectImmediately: immediately });
  await Promise.all([inject(READER_SCRIPT), inject(PAINTER_SCRIPT)]);
}
