import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageParsed, wakeBackground } from '../../../src/content/page-start';

describe('the advert tab starting', () => {
  it('waits for the page to be parsed, and not at all once it is', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    let parsed = false;
    const waiting = pageParsed(doc).then(() => (parsed = true));
    await Promise.resolve();
    expect(parsed).toBe(false);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await waiting;
    expect(parsed).toBe(true);
    await expect(pageParsed(document)).resolves.toBeUndefined();
  });

  it('wakes the background, and shrugs off a background that does not answer', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    wakeBackground();
    expect(send).toHaveBeenCalledWith({ type: 'warm-up' });
    await Promise.resolve();
  });
});
