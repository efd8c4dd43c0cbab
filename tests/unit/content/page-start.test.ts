import { describe, expect, it } from 'vitest';
import { pageParsed } from '../../../src/content/page-start';

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
});
