import { textNodesIn } from './text-nodes';

/**
 * HTML from a string (a JSON-LD description) as an inert fragment: inside a <template> nothing
 * loads and no script or handler runs, in the page and in linkedom alike.
 */
export function parseFragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** All the text under a node (DocumentFragment.textContent is null in some DOM implementations). */
export const plainText = (node: Node): string => textNodesIn(node).map((t) => t.data).join('');

/** Entity-escaped HTML ("&lt;p&gt;…") decoded once, the way JobPosting descriptions often arrive. */
export function unescapeHtml(doc: Document, escaped: string): string {
  return plainText(parseFragment(doc, escaped));
}
