import { textOf } from './element-text';
import { allowance, readBudget, spend, type ReadBudget } from './read-budget';

/**
 * One line of a page as a reader sees it: a paragraph, a list item, one line of a paragraph broken
 * with <br>, or a table row (its cells' lines). `element` and `start` place the line on the page:
 * `text` begins at offset `start` of readElementText(element).text, so offsets into a line become
 * Ranges for highlighting.
 */
export type DomLine = {
  text: string;
  element: Element;
  start: number;
  /** An h1–h6, or a line in bold throughout. */
  heading: boolean;
  /** Inside an <li>. */
  listItem: boolean;
  /** A table row: the lines of each cell. */
  cells?: DomLine[][];
  /** Rows of one table share the number. */
  table?: number;
};

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'NAV',
  'FOOTER',
  'ASIDE',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'DIALOG',
]);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
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
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'UL',
  'CAPTION',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BOLD = new Set(['B', 'STRONG']);
const BLANKABLE = new Set(['P', 'DIV']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WHITESPACE = /\s+/g;

type Run = { parts: string[]; textNodes: number; boldNodes: number };
type Context = { block: Element; heading: boolean; listItem: boolean; bold: boolean };

/**
 * The lines of an element (or fragment), in reading order, each placed on the page; up to `maxChars` of text.
 * `placed: false`: only the text is wanted (every `start` is 0), and no element's text is read to place it.
 */
export function readLines(root: Node, budget: ReadBudget = readBudget(), { placed = true } = {}): DomLine[] {
  const maxChars = allowance(budget);
  // Reads that place a line or read a cell, under the same per-read limit but outside the budget.
  const own = () => readBudget({ limit: budget.limit });
  const lines: DomLine[] = [];
  let read = 0;
  const anchorTexts = new Map<Element, { text: string; cursor: number }>();
  let table = 0;
  let run: Run = { parts: [], textNodes: 0, boldNodes: 0 };

  const place = (element: Element, text: string): number => {
    let anchor = anchorTexts.get(element);
    if (!anchor) anchorTexts.set(element, (anchor = { text: textOf(element, own()), cursor: 0 }));
    let at = anchor.text.indexOf(text, anchor.cursor);
    if (at < 0) at = Math.max(0, anchor.text.indexOf(text));
    anchor.cursor = at + text.length;
    return at;
  };

  const blank = (element: Element) => {
    if (lines.length > 0 && lines[lines.length - 1]!.text !== '') {
      lines.push({ text: '', element, start: 0, heading: false, listItem: false });
    }
  };

  const flush = (ctx: Context) => {
    // A line longer than what is left to read keeps its start (one enormous text node on a broken page).
    const text = run.parts
      .join('')
      .replace(WHITESPACE, ' ')
      .trim()
      .slice(0, Math.max(0, maxChars - read));
    const allBold = run.textNodes > 0 && run.boldNodes === run.textNodes;
    run = { parts: [], textNodes: 0, boldNodes: 0 };
    if (!text) return false;
    read += text.length;
    lines.push({
      text,
      element: ctx.block,
      start: placed ? place(ctx.block, text) : 0,
      heading: ctx.heading || (allBold && text.length <= 120),
      listItem: ctx.listItem,
    });
    return true;
  };

  const readTable = (element: Element) => {
    const id = ++table;
    for (const row of element.querySelectorAll('tr')) {
      if (row.closest('table') !== element) continue;
      const cellElements = [...row.children].filter(
        (c) => c.tagName.toUpperCase() === 'TD' || c.tagName.toUpperCase() === 'TH',
      );
      if (cellElements.length === 0) continue;
      // The row's text is counted against the budget below, once.
      const cells = cellElements.map((cell) => readLines(cell, own(), { placed }).filter((l) => l.text !== ''));
      const text = cells
        .map((c) => c.map((l) => l.text).join(' '))
        .filter(Boolean)
        .join(' | ');
      if (!text) continue;
      read += text.length;
      if (read > maxChars) break;
      const allHeaders = cellElements.every((c) => c.tagName.toUpperCase() === 'TH');
      lines.push({ text, element: row, start: 0, heading: allHeaders, listItem: false, cells, table: id });
    }
  };

  const walk = (node: Node, ctx: Context) => {
    if (read >= maxChars) return;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      run.parts.push(data);
      if (data.trim()) {
        run.textNodes++;
        if (ctx.bold) run.boldNodes++;
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const element = node as Element;
    const tag = element.tagName?.toUpperCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (
      element.nodeType === ELEMENT_NODE &&
      (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true')
    )
      return;
    if (tag === 'BR') {
      if (!flush(ctx)) blank(ctx.block);
      return;
    }
    if (tag === 'TABLE') {
      flush(ctx);
      readTable(element);
      return;
    }
    if (BLOCKS.has(tag)) {
      flush(ctx);
      const inner: Context = {
        block: element,
        heading: ctx.heading || HEADINGS.has(tag),
        listItem: ctx.listItem || tag === 'LI',
        bold: ctx.bold,
      };
      const before = lines.length;
      for (let child = element.firstChild; child; child = child.nextSibling) walk(child, inner);
      flush(inner);
      if (lines.length === before && BLANKABLE.has(tag) && element.children.length === 0) blank(element);
      return;
    }
    const inner = BOLD.has(tag) && !ctx.bold ? { ...ctx, bold: true } : ctx;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inner);
  };

  // A fragment (a JSON-LD description) has no element of its own: its lines are placed in the fragment.
  const ctx: Context = { block: root as Element, heading: false, listItem: false, bold: false };
  if (root.nodeType === ELEMENT_NODE && BLOCKS.has((root as Element).tagName.toUpperCase())) {
    ctx.heading = HEADINGS.has((root as Element).tagName.toUpperCase());
    ctx.listItem = (root as Element).tagName.toUpperCase() === 'LI';
  }
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child, ctx);
  flush(ctx);
  spend(budget, read, read >= maxChars);
  return lines;
}
