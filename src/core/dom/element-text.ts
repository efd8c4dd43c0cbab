import { allowance, readBudget, spend, type ReadBudget } from './read-budget';

/**
 * An element's text as a reader sees it (whitespace collapsed, block boundaries and <br> as spaces),
 * with the DOM position of every character, so offsets into the text become Ranges on the page.
 */
export type ElementText = {
  text: string;
  nodes: Text[];
  /** For character i of text: index into nodes, or -1 for a space that stands for markup. */
  nodeIndex: Int32Array;
  /** For character i of text: offset inside nodes[nodeIndex[i]]. */
  nodeOffset: Int32Array;
};

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
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Exactly the characters of the regular expression \s, tested by code (this runs once per character of the page). */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const NO_SPACE = -2;

/** Stops after `maxChars` characters: what it returns is then the start of the full text. */
export function readElementText(root: Node, budget: ReadBudget = readBudget()): ElementText {
  const maxChars = allowance(budget);
  const nodes: Text[] = [];
  const parts: string[] = [];
  let length = 0;
  let index = new Int32Array(64);
  let offset = new Int32Array(64);
  // A run of whitespace becomes one space, placed at its first character, written only before more text.
  let spaceNode = NO_SPACE;
  let spaceOffset = 0;

  const reserve = (extra: number) => {
    if (length + extra <= index.length) return;
    let size = index.length * 2;
    while (size < length + extra) size *= 2;
    const grownIndex = new Int32Array(size);
    const grownOffset = new Int32Array(size);
    grownIndex.set(index);
    grownOffset.set(offset);
    index = grownIndex;
    offset = grownOffset;
  };
  const space = (node: number, at: number) => {
    if (length > 0 && spaceNode === NO_SPACE) {
      spaceNode = node;
      spaceOffset = at;
    }
  };
  const full = () => length >= maxChars;

  const readText = (data: string, node: number) => {
    let i = 0;
    while (i < data.length && !full()) {
      if (isSpace(data.charCodeAt(i))) {
        space(node, i++);
        continue;
      }
      if (spaceNode !== NO_SPACE) {
        if (length + 1 >= maxChars) {
          length = maxChars; // no room for a word after the space: stop here, without a trailing space
          return;
        }
        reserve(1);
        parts.push(' ');
        index[length] = spaceNode;
        offset[length] = spaceOffset;
        length++;
        spaceNode = NO_SPACE;
      }
      let j = i;
      const end = Math.min(data.length, i + (maxChars - length));
      while (j < end && !isSpace(data.charCodeAt(j))) j++;
      reserve(j - i);
      parts.push(data.slice(i, j));
      for (let k = i; k < j; k++) {
        index[length] = node;
        offset[length] = k;
        length++;
      }
      i = j;
    }
  };

  const walk = (node: Node) => {
    if (full()) return;
    if (node.nodeType === TEXT_NODE) {
      readText((node as Text).data, nodes.push(node as Text) - 1);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName ?? '';
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag.toUpperCase());
    if (block) space(-1, 0);
    for (let child = node.firstChild; child && !full(); child = child.nextSibling) walk(child);
    if (block) space(-1, 0);
  };
  walk(root);
  const text = parts.join('');
  spend(budget, text.length, full());
  return { text, nodes, nodeIndex: index.slice(0, text.length), nodeOffset: offset.slice(0, text.length) };
}

const WHITESPACE = /\s+/g;

/**
 * Just the text, for callers that do not need DOM positions: the same text as readElementText, but
 * the pieces are joined and collapsed by the regular expression engine instead of character by
 * character, with no position arrays (extraction reads thousands of elements on a long page).
 */
export function textOf(root: Node | null | undefined, budget: ReadBudget = readBudget()): string {
  if (!root) return '';
  const maxChars = allowance(budget);
  const parts: string[] = [];
  // Characters collected, spaces for blocks included: an upper bound of the collapsed text's length.
  let collected = 0;
  const walk = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      parts.push(data);
      collected += data.length;
      return collected <= maxChars;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return true;
    const tag = (node as Element).tagName ?? '';
    if (SKIPPED.has(tag)) return true;
    const block = BLOCKS.has(tag.toUpperCase());
    if (block) {
      parts.push(' ');
      collected++;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) if (!walk(child)) return false;
    if (block) {
      parts.push(' ');
      collected++;
    }
    return collected <= maxChars;
  };
  // Longer than the limit: the exact reader decides where the text stops.
  if (!walk(root)) return readElementText(root, budget).text;
  const text = parts.join('').replace(WHITESPACE, ' ').trim();
  spend(budget, text.length, text.length >= maxChars);
  return text;
}
