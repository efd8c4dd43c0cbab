import { afterEach, describe, expect, it } from 'vitest';
import { createMarkLayer, MARKS_TAG } from '../../../../src/content/highlight/mark-layer';
import type { KindRanges } from '../../../../src/content/highlight/plan-ranges';

/** A range whose boxes are given (happy-dom does no layout). */
const rangeWithBoxes = (...rects: Array<[number, number, number, number]>) =>
  ({
    startContainer: document.body,
    getClientRects: () => rects.map(([left, top, width, height]) => ({ left, top, width, height })),
  }) as unknown as Range;
const ranges = (partial: Partial<KindRanges>): KindRanges => ({
  met: [],
  partial: [],
  missing: [],
  desirable: [],
  ...partial,
});

afterEach(() => {
  document.documentElement.querySelectorAll(MARKS_TAG).forEach((e) => e.remove());
});

describe('the mark layer', () => {
  it('is one element of its own, the same for every user, whose shadow root the page cannot open', () => {
    const layer = createMarkLayer(document);
    const hosts = document.querySelectorAll(MARKS_TAG);
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(host.attributes.length).toBe(1);
    expect(host.style.getPropertyValue('pointer-events')).toBe('none');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    const before = host.outerHTML;
    layer.paint(ranges({ missing: [rangeWithBoxes([10, 20, 40, 16])], met: [rangeWithBoxes([60, 20, 30, 16])] }));
    expect(host.outerHTML).toBe(before);
    expect(document.querySelectorAll('[class*="missing"], [class*="met"]')).toHaveLength(0);
    layer.remove();
    expect(document.querySelectorAll(MARKS_TAG)).toHaveLength(0);
  });

  it('draws one box per line of each range, placed relative to itself, and skips empty boxes', () => {
    let root: ShadowRoot | undefined;
    const attach = HTMLElement.prototype.attachShadow;
    HTMLElement.prototype.attachShadow = function (init) {
      return (root = attach.call(this, init));
    };
    try {
      const layer = createMarkLayer(document);
      layer.paint(
        ranges({
          missing: [rangeWithBoxes([10, 20, 40, 16], [0, 40, 25, 16])],
          desirable: [rangeWithBoxes([5, 5, 0, 0])],
        }),
      );
      const boxes = [...root!.querySelectorAll<HTMLElement>('.mark')];
      expect(boxes.map((b) => [b.className, b.style.left, b.style.top, b.style.width])).toEqual([
        ['mark missing', '10px', '20px', '40px'],
        ['mark missing', '0px', '40px', '25px'],
      ]);
      layer.paint(ranges({}));
      expect(root!.querySelectorAll('.mark')).toHaveLength(0);
    } finally {
      HTMLElement.prototype.attachShadow = attach;
    }
  });
});
