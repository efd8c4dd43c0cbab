import { describe, expect, it } from 'vitest';
import { paintHighlights } from '../../../../src/content/highlight/mark-layer';
import { planRanges } from '../../../../src/content/highlight/plan-ranges';

// The live document: happy-dom's Ranges misbehave in DOMParser documents.
const page = (html: string): Document => {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document;
};

describe('paintHighlights (fallback without the CSS Highlight API)', () => {
  it('wraps exactly the planned words, across inline markup, and removes every trace', () => {
    const doc = page('<ul><li id="c1">Experience of <b>clinical</b> audit and risk management</li></ul>');
    const li = doc.getElementById('c1')!;
    const before = li.innerHTML;
    const text = 'Experience of clinical audit and risk management';
    const ranges = planRanges(
      doc,
      [
        { criterionId: 'c1', start: text.indexOf('clinical'), end: text.indexOf(' and'), kind: 'met' },
        { criterionId: 'c1', start: text.indexOf('risk'), end: text.length, kind: 'missing' },
      ],
      new Map([['c1', [li]]]),
    );
    const remove = paintHighlights(doc, ranges);
    expect([...li.querySelectorAll('mark.nhsps-met')].map((m) => m.textContent)).toEqual(['clinical', ' audit']);
    expect([...li.querySelectorAll('mark.nhsps-missing')].map((m) => m.textContent)).toEqual(['risk management']);
    expect(li.textContent).toBe(text);
    expect(doc.getElementById('nhsps-highlight-styles')).not.toBeNull();

    remove();
    expect(li.innerHTML).toBe(before);
    expect(doc.querySelector('mark, #nhsps-highlight-styles')).toBeNull();
  });

  it('makes no range for offsets outside the text', () => {
    const doc = page('<li id="c1">Short</li>');
    const li = doc.getElementById('c1')!;
    const ranges = planRanges(doc, [{ criterionId: 'c1', start: 2, end: 99, kind: 'met' }], new Map([['c1', [li]]]));
    expect(ranges.met).toEqual([]);
    paintHighlights(doc, ranges)();
    expect(li.querySelector('mark')).toBeNull();
  });
});
