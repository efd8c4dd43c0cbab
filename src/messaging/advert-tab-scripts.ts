import { browser } from 'wxt/browser';

/** The reader as built: the unlisted script WXT makes of entrypoints/reader.ts. It reads the page, sends its lines. */
export const READER_SCRIPT = '/reader.js' as const;
/** The painter as built (WXT names it after its entrypoint, advert.content): the key, the marks, the popup. */
export const PAINTER_SCRIPT = '/content-scripts/advert.js' as const;

export type ScriptTarget = Parameters<typeof browser.scripting.executeScript>[0]['target'];
type Timing = { immediately?: boolean };

/**
 * Runs the reader in `target` (`immediately`: as the page starts loading, not once it is parsed): resolves
 * with whether the page was still arriving when it started (what the reader's script returns). The background
 * injects the painter after it (background/inject-advert-scripts).
 */
export async function injectReader(target: ScriptTarget, { immediately = false }: Timing = {}): Promise<boolean> {
  const [first] = await browser.scripting.executeScript({
    target,
    files: [READER_SCRIPT],
    injectImmediately: immediately,
  });
  return first?.result === true;
}

/**
 * Runs the painter in `target`, once per page: a second copy would start a second WXT context, which stops the
 * first (as after an update of the extension). It waits for the reader's lines (content/read-handover).
 */
export async function injectPainter(target: ScriptTarget): Promise<void> {
  await browser.scripting.executeScript({ target, files: [PAINTER_SCRIPT], injectImmediately: true });
}
