import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('draws one box per line of each range, placed relative to itself, and skips empty boxes', async () => {
    let root: ShadowRoot | undefined;
    const attach = HTMLElement.prototype.attachShadow;
    HTMLElement.prototype.attachShadow = function (init) {
      return (root = attach.call(this, init));
    };
    try {
      const layer = createMarkLayer(document);
      await layer.paint(
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
      await layer.paint(ranges({}));
      expect(root!.querySelectorAll('.mark')).toHaveLength(0);
    } finally {
      HTMLElement.prototype.attachShadow = attach;
    }
  });

  it('measures many ranges a slice a task, so the page gets its turn between them', async () => {
    let clock = 0;
    // Each reading of the clock says 5 ms more: a slice of 8 ms measures two ranges.
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      const layer = createMarkLayer(document);
      const missing = Array.from({ length: 10 }, (_, i) => rangeWithBoxes([0, i * 20, 40, 16]));
      await layer.paint(ranges({ missing }));
      // One task after the frame, then one for each further slice of two ranges.
      expect(timers.mock.calls.length).toBeGreaterThanOrEqual(5);
      layer.remove();
    } finally {
      now.mockRestore();
      timers.mockRestore();
    }
  });

  it('measures as soon as it is asked once the page has rendered with it in, and after the next frame before', async () => {
    // The browser says a frame laid the overlay out through an intersection observer, in a task after the frame.
    const observed: Array<{ target: Element; notify: () => void }> = [];
    class FrameObserver {
      constructor(private readonly callback: () => void) {}
      observe(target: Element) {
        observed.push({ target, notify: () => this.callback() });
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FrameObserver);
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const renderFrame = async () => {
      for (const { notify } of observed.splice(0)) notify();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    const measured = vi.fn(() => [{ left: 10, top: 20, width: 40, height: 16 }]);
    const range = { startContainer: document.body, getClientRects: measured } as unknown as Range;
    try {
      const layer = createMarkLayer(document);
      expect(observed.map((o) => o.target.tagName.toLowerCase())).toEqual([MARKS_TAG]);
      // Asked before the page has rendered with the overlay: measured after the next frame, not during the call.
      const first = layer.paint(ranges({ missing: [range] }));
      expect(measured).not.toHaveBeenCalled();
      await renderFrame();
      await first;
      expect(measured).toHaveBeenCalledTimes(1);
      // No code of the extension runs inside the browser's rendering of the frame.
      expect(frame).not.toHaveBeenCalled();
      // The background's answer, later: measured in the same task, with no frame to wait for.
      void layer.paint(ranges({ missing: [range] }));
      expect(measured).toHaveBeenCalledTimes(2);
      layer.remove();
      // Asked after the page's first frame but before the browser said so: measured when it says so, not a
      // frame later.
      const another = createMarkLayer(document);
      void another.paint(ranges({ missing: [range] }));
      expect(observed).toHaveLength(1);
      observed.shift()!.notify();
      expect(measured).toHaveBeenCalledTimes(3);
      another.remove();
    } finally {
      frame.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
