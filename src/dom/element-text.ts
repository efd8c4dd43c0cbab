import { noteCut, READ_LIMIT } from './read-limit';

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
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SPACE = /\s/;

/** Stops after `maxChars` characters: what it returns is then the start of the full text, cut at any character. */
export function readElementText(root: Node, maxChars = READ_LIMIT): ElementText {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const index: number[] = [];
  const offset: number[] = [];
  let pendingSpace: { node: number; offset: number } | null = null;

  const push = (c: string, node: number, at: number) => {
    if (SPACE.test(c)) {
      if (chars.length > 0 && !pendingSpace) pendingSpace = { node, offset: at };
      return;
    }
    if (pendingSpace) {
      chars.push(' ');
      index.push(pendingSpace.node);
      offset.push(pendingSpace.offset);
      pendingSpace = null;
    }
    chars.push(c);
    index.push(node);
    offset.push(at);
  };

  const walk = (node: Node) => {
    if (chars.length >= maxChars) return;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const n = nodes.push(node as Text) - 1;
      for (let i = 0; i < data.length && chars.length < maxChars; i++) push(data[i]!, n, i);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName ?? '';
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag.toUpperCase());
    if (block) push(' ', -1, 0);
    for (let child = node.firstChild; child && chars.length < maxChars; child = child.nextSibling) walk(child);
    if (block) push(' ', -1, 0);
  };
  walk(root);
  if (chars.length >= maxChars) noteCut();

  return {
    text: chars.join(''),
    nodes,
    nodeIndex: Int32Array.from(index),
    nodeOffset: Int32Array.from(offset),
  };
}

/** Just the text, for callers that do not need DOM positions. */
export const textOf = (root: Node | null | undefined): string => (root ? readElementText(root).text : '');
