import { HIGHLIGHT_PREFIX } from './highlight-styles';
import { ownStyle, removeOwnStyle } from './own-style';

const NAME = `${HIGHLIGHT_PREFIX}-current`;
const STYLE_ID = `${NAME}-style`;
const DURATION_MS = 2000;

/** Scrolls a range into view and marks it strongly for a moment ("next gap", a click in the popup). */
export function flashRange(doc: Document, range: Range): void {
  const target = range.startContainer.parentElement ?? doc.body;
  target.closest('details')?.setAttribute('open', '');
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  ownStyle(doc, STYLE_ID).textContent =
    `::highlight(${NAME}) { background-color: rgba(255, 235, 59, 0.75); color: #000; }`;
  const highlight = new Highlight(range);
  CSS.highlights.set(NAME, highlight);
  setTimeout(() => {
    if (CSS.highlights.get(NAME) === highlight) CSS.highlights.delete(NAME);
  }, DURATION_MS);
}

export function removeFlash(doc: Document): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(NAME);
  removeOwnStyle(doc, STYLE_ID);
}
