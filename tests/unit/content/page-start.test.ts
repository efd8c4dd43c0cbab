import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageParsed, READ_AT_PARSE_MAX_ELEMENTS } from '../../../src/content/page-start';

afterEach(() => vi.useRealTimers());

function loadingDocument(elements: number) {
  const doc = document.implementation.createHTMLDocument('t');
  for (let i = 0; i < elements; i++) doc.body.append(doc.createElement('p'));
  let state = 'loading';
  Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
  const finishParsing = () => {
    state = 'interactive';
    doc.dispatchEvent(new Event('DOMContentLoaded'));
  };
  return { doc, finishParsing };
}

function watch(doc: Document) {
  const seen = { parsed: false };
  const waiting = pageParsed(doc).then(() => (seen.parsed = true));
  return { seen, waiting };
}

describe('the advert tab starting', () => {
  it('reads a small page in a task of its own right after its DOMContentLoaded, not inside the event', async () => {
    vi.useFakeTimers();
    const { doc, finishParsing } = loadingDocument(20);
    const { seen, waiting } = watch(doc);
    await vi.advanceTimersByTimeAsync(50);
    expect(seen.parsed).toBe(false);
    finishParsing();
    await Promise.resolve();
    await Promise.resolve();
    // The event only asked for the task: the page's last parsing task (and its layout) runs none of the read.
    expect(seen.parsed).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(seen.parsed).toBe(true);
  });

  it('leaves a large page’s DOMContentLoaded to the page, and reads it in a task of its own', async () => {
    vi.useFakeTimers();
    const { doc, finishParsing } = loadingDocument(READ_AT_PARSE_MAX_ELEMENTS + 1);
    const { seen, waiting } = watch(doc);
    await vi.advanceTimersByTimeAsync(10);
    finishParsing();
    await Promise.resolve();
    await Promise.resolve();
    expect(seen.parsed).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    await waiting;
    expect(seen.parsed).toBe(true);
  });

  it('reads a page parsed already in a task of its own', async () => {
    vi.useFakeTimers();
    const { seen, waiting } = watch(document);
    await Promise.resolve();
    expect(seen.parsed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(seen.parsed).toBe(true);
  });
});
