import { afterEach, describe, expect, it } from 'vitest';
import { paintHighlights } from '../../../../src/content/highlight/paint-highlights';
import { ownStyle, removeOwnStyle } from '../../../../src/content/highlight/own-style';

const noRanges = { met: [], partial: [], missing: [], desirable: [] };

afterEach(() => {
  document.querySelectorAll('style[data-nhsps]').forEach((s) => s.remove());
  document.body.innerHTML = '';
});

describe('the extension’s own style elements', () => {
  it('never rewrite or remove a page element that uses the same id', () => {
    document.body.innerHTML = '<p id="nhsps-highlight-styles">Keep this paragraph</p>';
    const unpaint = paintHighlights(document, noRanges);
    const page = document.querySelector('p#nhsps-highlight-styles')!;
    expect(page.textContent).toBe('Keep this paragraph');
    expect(document.querySelector('style#nhsps-highlight-styles')?.textContent).toContain('::highlight(nhsps-met)');
    unpaint();
    expect(page.isConnected).toBe(true);
    expect(page.textContent).toBe('Keep this paragraph');
    expect(document.querySelector('style#nhsps-highlight-styles')).toBeNull();
  });

  it('go into <html> when the page has removed its <head>, and come out again', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.head.remove();
    expect(doc.head).toBeNull();
    const style = ownStyle(doc, 'nhsps-test');
    expect(style.parentElement).toBe(doc.documentElement);
    expect(ownStyle(doc, 'nhsps-test')).toBe(style);
    removeOwnStyle(doc, 'nhsps-test');
    expect(doc.querySelector('style')).toBeNull();
  });
});
