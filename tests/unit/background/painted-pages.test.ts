import { describe, expect, it } from 'vitest';
import { paintedPages } from '../../../src/background/painted-pages';

describe('one painter per page', () => {
  it('paints a page as it starts, and not again when its lines come', () => {
    const pages = paintedPages();
    pages.started('a');
    expect(pages.linesCame('a')).toBe(false);
  });

  it('paints a page whose reader was injected ("Analyse this page") when its lines come', () => {
    expect(paintedPages().linesCame('b')).toBe(true);
  });

  it('paints the next page in the same frame again', () => {
    const pages = paintedPages();
    pages.started('frame 0');
    expect(pages.linesCame('frame 0')).toBe(false);
    expect(pages.linesCame('frame 0')).toBe(true);
  });

  it('forgets the oldest page past a hundred', () => {
    const pages = paintedPages();
    for (let n = 0; n <= 100; n++) pages.started(`page ${n}`);
    expect(pages.linesCame('page 0')).toBe(true);
    expect(pages.linesCame('page 1')).toBe(false);
  });
});
