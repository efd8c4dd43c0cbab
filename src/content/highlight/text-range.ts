import type { ElementText } from '../../core/dom/element-text';

/** The DOM Range covering characters [start, end) of an element's text, or null if they are not real text. */
export function textRange(doc: Document, text: ElementText, start: number, end: number): Range | null {
  if (start < 0 || end > text.text.length || start >= end) return null;
  const startNode = text.nodeIndex[start]!;
  const endNode = text.nodeIndex[end - 1]!;
  if (startNode < 0 || endNode < 0) return null;
  const range = doc.createRange();
  range.setStart(text.nodes[startNode]!, text.nodeOffset[start]!);
  range.setEnd(text.nodes[endNode]!, text.nodeOffset[end - 1]! + 1);
  return range;
}
