import { readElementText } from '../dom/element-text';
import { textNodesIn } from '../dom/text-nodes';
import { HIGHLIGHT_KINDS, type HighlightKind, type PlannedHighlight } from './highlight-plan';
import { highlightCss, highlightName, HIGHLIGHT_PREFIX } from './highlight-styles';
import { textRange } from './text-range';
import { visibleCopies } from './visible-copies';

const STYLE_ID = `${HIGHLIGHT_PREFIX}-highlight-styles`;

export type PaintedHighlights = {
  /** The marked ranges of each kind, in page order (for "next gap"). */
  ranges: Record<HighlightKind, Range[]>;
  remove(): void;
};

/**
 * Marks the planned words inside the visible copy of each criterion. Uses the CSS Custom Highlight
 * API (no change to the page's DOM); where it is missing, wraps the words in <mark> elements.
 */
export function paintHighlights(
  doc: Document,
  plan: readonly PlannedHighlight[],
  anchors: ReadonlyMap<string, Element[]>,
): PaintedHighlights {
  const ranges = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, [] as Range[]])) as Record<HighlightKind, Range[]>;
  const texts = new Map<Element, ReturnType<typeof readElementText>>();
  for (const item of plan) {
    for (const element of visibleCopies(anchors.get(item.criterionId) ?? [])) {
      let text = texts.get(element);
      if (!text) texts.set(element, (text = readElementText(element)));
      const range = textRange(doc, text, item.start, item.end);
      if (range) ranges[item.kind].push(range);
    }
  }

  const style = doc.getElementById(STYLE_ID) ?? doc.head.appendChild(doc.createElement('style'));
  style.id = STYLE_ID;
  style.textContent = highlightCss();

  const unpaint = supportsHighlightApi(doc) ? paintWithHighlightApi(ranges) : paintWithMarks(doc, ranges);
  return {
    ranges,
    remove() {
      unpaint();
      doc.getElementById(STYLE_ID)?.remove();
    },
  };
}

function supportsHighlightApi(doc: Document): boolean {
  const view = doc.defaultView as (Window & { Highlight?: unknown }) | null;
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof view?.Highlight === 'function';
}

function paintWithHighlightApi(ranges: Record<HighlightKind, Range[]>): () => void {
  for (const kind of HIGHLIGHT_KINDS) {
    if (ranges[kind].length > 0) CSS.highlights.set(highlightName(kind), new Highlight(...ranges[kind]));
    else CSS.highlights.delete(highlightName(kind));
  }
  return () => HIGHLIGHT_KINDS.forEach((kind) => CSS.highlights.delete(highlightName(kind)));
}

/** Fallback: wraps each text-node piece of each range, last first so earlier offsets stay valid. */
function paintWithMarks(doc: Document, ranges: Record<HighlightKind, Range[]>): () => void {
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
