import { readBudget } from '../../../src/core/dom/read-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readElementText } from '../../../src/core/dom/element-text';
import { htmlPage } from './arbitraries';

/** The reader as first written (one character at a time), the reference for the faster one. */
function referenceText(root: Node): { text: string; index: number[]; offset: number[] } {
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg']);
  const BLOCKS = new Set([
    'ADDRESS',
    'ARTICLE',
    'ASIDE',
    'BLOCKQUOTE',
    'BR',
    'DD',
    'DETAILS',
    'DIV',
    'DL',
    'DT',
    'FIELDSET',
    'FIGCAPTION',
    'FIGURE',
    'FOOTER',
    'FORM',
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
    'HEADER',
    'HR',
    'LI',
    'MAIN',
    'NAV',
    'OL',
    'P',
    'PRE',
    'SECTION',
    'SUMMARY',
    'TABLE',
    'TBODY',
    'TD',
    'TH',
    'THEAD',
    'TR',
    'UL',
  ]);
  const chars: string[] = [];
  const index: number[] = [];
  const offset: number[] = [];
  let nodes = 0;
  let pending: { node: number; offset: number } | null = null;
  const push = (c: string, node: number, at: number) => {
    if (/\s/.test(c)) {
      if (chars.length > 0 && !pending) pending = { node, offset: at };
      return;
    }
    if (pending) {
      chars.push(' ');
      index.push(pending.node);
      offset.push(pending.offset);
      pending = null;
    }
    chars.push(c);
    index.push(node);
    offset.push(at);
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const n = nodes++;
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) push(data[i]!, n, i);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName ?? '';
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag.toUpperCase());
    if (block) push(' ', -1, 0);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) push(' ', -1, 0);
  };
  walk(root);
  return { text: chars.join(''), index, offset };
}

describe('element text properties', { timeout: 60_000 }, () => {
  it('reads exactly what the character-by-character reference reads, with the same positions', () => {
    fc.assert(
      fc.property(htmlPage, (html) => {
        document.body.innerHTML = html;
        const expected = referenceText(document.body);
        const actual = readElementText(document.body, readBudget({ limit: Infinity }));
        expect(actual.text).toBe(expected.text);
        expect([...actual.nodeIndex]).toEqual(expected.index);
        expect([...actual.nodeOffset]).toEqual(expected.offset);
      }),
      { numRuns: 300 },
    );
  });

  it('read with a limit, gives the start of the full text (never ending in a space) and its positions', () => {
    fc.assert(
      fc.property(htmlPage, fc.integer({ min: 0, max: 200 }), (html, limit) => {
        document.body.innerHTML = html;
        const full = readElementText(document.body, readBudget({ limit: Infinity }));
        const part = readElementText(document.body, readBudget({ limit }));
        expect(part.text.length).toBeLessThanOrEqual(limit);
        expect(full.text.startsWith(part.text)).toBe(true);
        expect(part.text).toBe(part.text.trimEnd());
        expect([...part.nodeIndex]).toEqual([...full.nodeIndex.slice(0, part.text.length)]);
        expect([...part.nodeOffset]).toEqual([...full.nodeOffset.slice(0, part.text.length)]);
      }),
      { numRuns: 300 },
    );
  });
});
