import { KIND_STYLES, markCss } from './mark-styles';
import type { HighlightKind } from './highlight-plan';
import type { KindRanges } from './plan-ranges';

export type MarkLayer = {
  /** Draws these ranges (replacing what was drawn), and keeps them in place as the page moves. */
  paint(ranges: KindRanges): void;
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
 * the page's own DOM is never changed.
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

  let current: KindRanges | null = null;
  let flashed: { range: Range; until: number } | null = null;
  let frame = 0;
  const view = doc.defaultView;

  const draw = () => {
    frame = 0;
    const origin = host.getBoundingClientRect();
    const boxes = doc.createDocumentFragment();
    if (current) {
      for (const kind of Object.keys(KIND_STYLES) as HighlightKind[]) {
        for (const range of current[kind]) boxes.append(...boxesOf(doc, range, origin, `mark ${kind}`));
      }
    }
    marks.replaceChildren(boxes);
    flashes.replaceChildren(...(flashed && flashed.until > Date.now() ? boxesOf(doc, flashed.range, origin, 'flash') : []));
  };
  const redraw = () => {
    if (!frame && view) frame = view.requestAnimationFrame(draw);
  };

  // The page moves under the marks: a resize, a font or image arriving, a <details> opened, a scrolled box.
  const resized = view && 'ResizeObserver' in view ? new view.ResizeObserver(redraw) : null;
  resized?.observe(doc.documentElement);
  if (doc.body) resized?.observe(doc.body);
  const onScroll = (event: Event) => {
    if (event.target !== doc) redraw();
  };
  view?.addEventListener('resize', redraw);
  view?.addEventListener('load', redraw);
  doc.addEventListener('toggle', redraw, true);
  doc.addEventListener('scroll', onScroll, true);
  void doc.fonts?.ready.then(redraw);

  return {
    paint(ranges) {
      current = ranges;
      draw();
    },
    flash(range) {
      const target = range.startContainer.parentElement ?? doc.body;
      target?.closest('details')?.setAttribute('open', '');
      target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      flashed = { range, until: Date.now() + FLASH_MS };
      draw();
      view?.setTimeout(() => {
        flashes.querySelector('.flash')?.classList.add('gone');
        view.setTimeout(draw, 450);
      }, FLASH_MS);
      // The smooth scroll moves nothing under the overlay, but a <details> just opened does.
      redraw();
    },
    remove() {
      resized?.disconnect();
      view?.removeEventListener('resize', redraw);
      view?.removeEventListener('load', redraw);
      doc.removeEventListener('toggle', redraw, true);
      doc.removeEventListener('scroll', onScroll, true);
      if (frame) view?.cancelAnimationFrame(frame);
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

/** One box per line of a range, placed relative to the host (which scrolls with the document). */
function boxesOf(doc: Document, range: Range, origin: DOMRect, className: string): HTMLElement[] {
  const boxes: HTMLElement[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width < 1 || rect.height < 1) continue;
    const box = doc.createElement('div');
    box.className = className;
    box.style.left = `${rect.left - origin.left}px`;
    box.style.top = `${rect.top - origin.top}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    boxes.push(box);
  }
  return boxes;
}
