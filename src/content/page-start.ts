/** How often a page still being parsed is looked at again (ms). */
const POLL_MS = 4;

/**
 * Resolves once the page's HTML is parsed (at once when it already is), in a task of the reader's own. A
 * DOMContentLoaded listener would run inside the page's last parsing task, where Chromium then styles and lays
 * out the whole page: on a long page hundreds of milliseconds, which a trace would count as the extension's.
 */
export function pageParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => (doc.readyState === 'loading' ? setTimeout(check, POLL_MS) : resolve());
    setTimeout(check, POLL_MS);
  });
}
