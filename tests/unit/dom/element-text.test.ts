import { describe, expect, it } from 'vitest';
import { readElementText } from '../../../src/dom/element-text';
import { parseHtml } from '../parse-html';

describe('readElementText', () => {
  it('collapses whitespace, separates blocks and <br>, and skips scripts', () => {
    const doc = parseHtml('<li id="x">  Clinical <b>audit</b>\n and<br>governance<script>evil()</script><p>QI</p></li>');
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
