import { decodeReferences } from '../text/character-references';
import { textNodesIn } from './text-nodes';

/**
 * HTML from a string (a JSON-LD description) as the body of an inert document of its own: nothing in
 * it loads, runs or reaches the page (DOMParser, not innerHTML), in the browser and in linkedom alike.
 */
export function parseFragment(doc: Document, html: string): Element {
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  // A whole document around it: linkedom gives a bare fragment no body to read.
  const parsed = new Parser().parseFromString(
    `<!DOCTYPE html><html><head></head><body>${html}</body></html>`,
    'text/html',
  );
  return parsed.body;
}

/** All the text under a node (DocumentFragment.textContent is null in some DOM implementations). */
export const plainText = (node: Node): string =>
  textNodesIn(node)
    .map((t) => t.data)
    .join('');

/**
 * Entity-escaped HTML ("&lt;p&gt;…") decoded once, the way JobPosting descriptions often arrive: by the
 * parser, unless the text is only references a parser decodes the same way (decodeReferences).
 */
export function unescapeHtml(doc: Document, escaped: string): string {
  return decodeReferences(escaped) ?? plainText(parseFragment(doc, escaped));
}
