import { browser } from 'wxt/browser';

/** Wakes the extension's background, which loads the taxonomy while the page is still arriving. */
export function wakeBackground(): void {
  void browser.runtime.sendMessage({ type: 'warm-up' }).catch(() => undefined);
}

/** Resolves once the page's HTML is parsed (at once when it already is). */
export function pageParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
