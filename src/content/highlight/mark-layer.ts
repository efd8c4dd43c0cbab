import { boxesOf, boxesWithin, type MarkBox } from './mark-boxes';
import { markCss } from './mark-styles';
import { HIGHLIGHT_KINDS } from './highlight-plan';
import type { KindRanges } from './plan-ranges';
import { afterNextFrame, afterRendering } from '../after-rendering';
import { SLICE_MS } from '../run-in-slices';

export type MarkLayer = {
  /**
   * Draws these ranges (replacing what was drawn), and keeps them in place as the page moves; resolves
   * once every range is measured and drawn (a later paint or a remove settles it too).
   */
  paint(ranges: KindRanges): Promise<void>;
  /** Scrolls a range into view and marks it strongly for a moment ("next gap", a click in the popup). */
  flash(range: Range): void;
  remove(): void;
};

export const MARKS_TAG = 'nhsps-marks';
const FLASH_MS = 2000;

/**
 * The marks, drawn as boxes under the words in an overlay of the extension's own: one element on the
 * page, the same for every user, whose closed shadow root holds every box. Nothing a page script can
 * read (the DOM, the highlight registry, class names, style sheets) depends on the user's profile, and
 * the page's own DOM is never changed. The boxes are measured once per layout and only those near the
 * viewport are in the DOM, so a page of thousands of criteria scrolls as lightly as a short one. They
 * are measured after the browser has rendered (the page's layout is then done, not forced by the
 * extension), a slice of SLICE_MS a task.
 */
export function createMarkLayer(doc: Document): MarkLayer {
  const host = doc.createElement(MARKS_TAG);
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = markCss();
  const marks = doc.createElement('div');
  const flashes = doc.createElement('div');
  root.append(style, marks, flashes);
  doc.documentElement.append(host);

  const view = doc.defaultView;
  let ranges: KindRanges | null = null;
  let measured: MarkBox[] = [];
  let flashed: { range: Range; until: number } | null = null;
  let frame = 0;
  let job = 0;
  let settle = () => {};
  /** The page has rendered since the overlay went in: what it lays out is ready to be measured. */
  let rendered = false;
  /** What waits for that first rendering (a paint asked before it). */
  const onRendered: Array<() => void> = [];
  afterNextFrame(view, host, () => {
    rendered = true;
    for (const run of onRendered.splice(0)) run();
  });

  const show = (origin: DOMRect) => {
    // The viewport, a screen either side, in the overlay's coordinates.
    const height = view?.innerHeight ?? 1000;
    const near = boxesWithin(measured, -origin.top - height, -origin.top + 2 * height);
    marks.replaceChildren(...near.map((box) => element(doc, box)));
    const flashing = flashed && flashed.until > Date.now() ? boxesOf(flashed.range, origin, 'flash') : [];
    flashes.replaceChildren(...flashing.map((box) => element(doc, box)));
  };
  const draw = () => {
    frame = 0;
    show(host.getBoundingClientRect());
  };
  /**
   * Measures every range again, a slice at a time once the page has rendered. `progressive`: the boxes
   * measured so far are drawn after each slice (a first paint); else the old ones stay until all are.
   * `when`: after the next frame (the page's layout changed); `now`, the page's layout is known to be done (only
   * the key's contained box changed since); or at the page's first rendering with the overlay in, for a paint
   * asked before it (the answer came while the page was still being laid out): one frame sooner.
   */
  const remeasure = (
    progressive: boolean,
    when: 'now' | 'first-render' | 'next-frame' = 'next-frame',
  ): Promise<void> => {
    settle();
    const mine = ++job;
    const list = HIGHLIGHT_KINDS.flatMap((kind) => (ranges?.[kind] ?? []).map((range) => [kind, range] as const));
    const boxes: MarkBox[] = [];
    let next = 0;
    return new Promise<void>((resolve) => {
      settle = resolve;
      const slice = () => {
        if (mine !== job) return resolve();
        const origin = host.getBoundingClientRect();
        const until = performance.now() + SLICE_MS;
        do {
          const item = list[next++];
          if (item) boxes.push(...boxesOf(item[1], origin, `mark ${item[0]}`));
        } while (next < list.length && performance.now() < until);
        const done = next >= list.length;
        if (done || progressive) {
          measured = done ? boxes : [...boxes];
          show(origin);
        }
        if (done) resolve();
        else setTimeout(slice, 0);
      };
      if (when === 'now') slice();
      else if (when === 'first-render') onRendered.push(slice);
      else afterNextFrame(view, host, slice);
    });
  };
  const schedule = (again: boolean) => {
    if (again) void remeasure(false);
    else if (!frame && view) frame = view.requestAnimationFrame(draw);
  };
  const relayout = () => schedule(true);
  const onScroll = (event: Event) => schedule(event.target !== doc);

  // The page moves under the marks: a resize, a font or image arriving, a <details> opened, a scrolled box.
  // Watched from the first paint on, once the page is idle: asking for fonts.ready recalculates the page's
  // style, and a resize observer answers first in the frame that lays out the whole page.
  const resized = view && 'ResizeObserver' in view ? new view.ResizeObserver(relayout) : null;
  let watching = false;
  const watch = () => {
    if (watching || !host.isConnected) return;
    watching = true;
    resized?.observe(doc.documentElement);
    if (doc.body) resized?.observe(doc.body);
    view?.addEventListener('resize', relayout);
    view?.addEventListener('load', relayout);
    doc.addEventListener('toggle', relayout, true);
    doc.addEventListener('scroll', onScroll, true);
    void doc.fonts?.ready.then(relayout);
  };

  return {
    paint(next) {
      ranges = next;
      const drawn = remeasure(true, rendered ? 'now' : 'first-render');
      if (!watching) afterRendering(view, watch);
      return drawn;
    },
    flash(range) {
      const target = range.startContainer.parentElement ?? doc.body;
      target?.closest('details')?.setAttribute('open', '');
      target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      flashed = { range, until: Date.now() + FLASH_MS };
      relayout();
      view?.setTimeout(() => {
        flashes.querySelector('.flash')?.classList.add('gone');
        view.setTimeout(() => schedule(false), 450);
      }, FLASH_MS);
    },
    remove() {
      watching = true; // a watch still to come stays undone
      resized?.disconnect();
      view?.removeEventListener('resize', relayout);
      view?.removeEventListener('load', relayout);
      doc.removeEventListener('toggle', relayout, true);
      doc.removeEventListener('scroll', onScroll, true);
      if (frame) view?.cancelAnimationFrame(frame);
      job++;
      settle();
      host.remove();
    },
  };
}

/** The host sits at the top left of the document, takes no room and catches no clicks. */
const HOST_STYLE: Record<string, string> = {
  position: 'absolute',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  'pointer-events': 'none',
  'z-index': '2147483646',
  display: 'block',
};

function element(doc: Document, box: MarkBox): HTMLElement {
  const div = doc.createElement('div');
  div.className = box.className;
  div.style.cssText = `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px`;
  return div;
}
