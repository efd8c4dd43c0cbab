import { describe, expect, it } from 'vitest';
import { paintedPages } from '../../../src/background/painted-pages';

describe('one painter per page', () => {
  it('paints a page still arriving as its reader starts, and not again when its lines come', () => {
    const pages = paintedPages();
    pages.reading('a');
    expect(pages.readerStarted('a', true)).toBe(true);
    expect(pages.linesCame('a')).toBe(false);
  });

  it('paints a page already parsed when its lines come', () => {
    const pages = paintedPages();
    pages.reading('a');
    expect(pages.readerStarted('a', false)).toBe(false);
    expect(pages.linesCame('a')).toBe(true);
  });

  it('paints once when the lines come before the reader is known to have started', () => {
    const pages = paintedPages();
    pages.reading('a');
    expect(pages.linesCame('a')).toBe(false);
    expect(pages.readerStarted('a', false)).toBe(true);
  });

  it('paints a page whose reader the background did not inject ("Analyse this page")', () => {
    expect(paintedPages().linesCame('b')).toBe(true);
  });

  it('forgets the oldest page past a hundred', () => {
    const pages = paintedPages();
    for (let n = 0; n <= 100; n++) {
      pages.reading(`page ${n}`);
      pages.readerStarted(`page ${n}`, true);
    }
    expect(pages.linesCame('page 0')).toBe(true);
    expect(pages.linesCame('page 1')).toBe(false);
  });
});
