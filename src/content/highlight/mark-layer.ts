import { textNodesIn } from '../../core/dom/text-nodes';
import { HIGHLIGHT_KINDS, type HighlightKind } from './highlight-plan';
import { highlightCss, highlightName, HIGHLIGHT_PREFIX } from './highlight-styles';
import { ownStyle, removeOwnStyle } from './own-style';
import type { KindRanges } from './plan-ranges';

const STYLE_ID = `${HIGHLIGHT_PREFIX}-highlight-styles`;

/**
 * Marks the ranges on the page with the CSS Custom Highlight API (no change to the page's DOM);
 * where the API is missing, wraps the words in <mark> elements. Returns the function that removes
 * every trace.
 */
export function paintHighlights(doc: Document, ranges: KindRanges): () => void {
  ownStyle(doc, STYLE_ID).textContent = highlightCss();

  const unpaint = supportsHighlightApi(doc) ? paintWithHighlightApi(ranges) : paintWithMarks(doc, ranges);
  return () => {
    unpaint();
    removeOwnStyle(doc, STYLE_ID);
  };
}

function supportsHighlightApi(doc: Document): boolean {
  const view = doc.defaultView as (Window & { Highlight?: unknown }) | null;
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof view?.Highlight === 'function';
}

function paintWithHighlightApi(ranges: KindRanges): () => void {
  for (const kind of HIGHLIGHT_KINDS) {
    if (ranges[kind].length > 0) CSS.highlights.set(highlightName(kind), new Highlight(...ranges[kind]));
    else CSS.highlights.delete(highlightName(kind));
  }
  return () => HIGHLIGHT_KINDS.forEach((kind) => CSS.highlights.delete(highlightName(kind)));
}

/** Fallback: wraps each text-node piece of each range, last first so earlier offsets stay valid. */
function paintWithMarks(doc: Document, ranges: KindRanges): () => void {
  const byNode = new Map<Text, Array<{ start: number; end: number; kind: HighlightKind }>>();
  for (const kind of HIGHLIGHT_KINDS) {
    for (const range of ranges[kind]) {
      for (const { node, start, end } of textPieces(range)) {
        const list = byNode.get(node) ?? [];
        list.push({ start, end, kind });
        byNode.set(node, list);
      }
    }
  }
  const marks: HTMLElement[] = [];
  for (const [node, pieces] of byNode) {
    for (const piece of pieces.sort((a, b) => b.start - a.start)) {
      if (piece.end < node.data.length) node.splitText(piece.end);
      const middle = piece.start > 0 ? node.splitText(piece.start) : node;
      const mark = doc.createElement('mark');
      mark.className = highlightName(piece.kind);
      mark.dataset.nhsps = '';
      middle.replaceWith(mark);
      mark.append(middle);
      marks.push(mark);
    }
  }
  return () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
  };
}

function textPieces(range: Range): Array<{ node: Text; start: number; end: number }> {
  return textNodesIn(range.commonAncestorContainer).flatMap((node) => {
    if (!range.intersectsNode(node)) return [];
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    return end > start ? [{ node, start, end }] : [];
  });
}
