import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageParsed } from '../../../src/content/page-start';

afterEach(() => vi.useRealTimers());

describe('the advert tab starting', () => {
  it('waits for the page to be parsed, in tasks of its own, and not at all once it is', async () => {
    vi.useFakeTimers();
    const doc = document.implementation.createHTMLDocument('t');
    let state = 'loading';
    Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
    let parsed = false;
    const waiting = pageParsed(doc).then(() => (parsed = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(parsed).toBe(false);
    // Not from the page's own DOMContentLoaded: that task belongs to the page.
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await Promise.resolve();
    expect(parsed).toBe(false);
    state = 'interactive';
    await vi.advanceTimersByTimeAsync(10);
    await waiting;
    expect(parsed).toBe(true);
    await expect(pageParsed(document)).resolves.toBeUndefined();
  });
});
