import { describe, expect, it } from 'vitest';
import { readElementText, textOf } from '../../../../src/core/dom/element-text';
import { readBudget } from '../../../../src/core/dom/read-budget';
import { parseHtml } from '../../support/parse-html';

describe('readElementText', () => {
  it('collapses whitespace, separates blocks and <br>, and skips scripts', () => {
    const doc = parseHtml(
      '<li id="x">  Clinical <b>audit</b>\n and<br>governance<script>evil()</script><p>QI</p></li>',
    );
    expect(readElementText(doc.getElementById('x')!).text).toBe('Clinical audit and governance QI');
  });

  it('maps every character back to its text node and offset', () => {
    const doc = parseHtml('<li id="x">Use <em>MS  Office</em> daily</li>');
    const text = readElementText(doc.getElementById('x')!);
    for (let i = 0; i < text.text.length; i++) {
      const node = text.nodeIndex[i]!;
      if (node < 0) continue;
      const original = text.nodes[node]!.data[text.nodeOffset[i]!]!;
      expect(/\s/.test(text.text[i]!) ? /\s/.test(original) : original === text.text[i]).toBe(true);
    }
    const office = text.text.indexOf('Office');
    expect(text.nodes[text.nodeIndex[office]!]!.data).toBe('MS  Office');
  });
});

describe('textOf', () => {
  const samples = [
    '<li id="x">  Clinical <b>audit</b>\n and<br>governance<script>evil()</script><p>QI</p></li>',
    '<li id="x">Use <em>MS  Office</em> daily</li>',
    '<div id="x"><p> a </p><p>b</p>\u00a0c\u2003d<template>t</template><svg><text>s</text></svg></div>',
    '<div id="x">   </div>',
    '<ul id="x"><li>one</li><li> two  three </li><li></li></ul>',
  ];

  it('reads the same text as readElementText', () => {
    for (const html of samples) {
      const doc = parseHtml(html);
      expect(textOf(doc.getElementById('x'))).toBe(readElementText(doc.getElementById('x')!).text);
    }
  });

  it('stops where readElementText stops, at every limit, and reports the same cuts', () => {
    for (const html of samples) {
      const doc = parseHtml(html);
      const root = doc.getElementById('x')!;
      for (let limit = 1; limit <= 40; limit++) {
        const exactBudget = readBudget({ limit });
        const exact = readElementText(root, exactBudget).text;
        const budget = readBudget({ limit });
        expect({ text: textOf(root, budget), cut: budget.cut }, `${html} at ${limit}`).toEqual({
          text: exact,
          cut: exactBudget.cut,
        });
      }
    }
  });
});
