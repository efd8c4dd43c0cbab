import { readElementText, textOf } from './element-text';

export type TextPlace = { element: Element; start: number; end: number };

/**
 * Where each text appears on the page, in order (criteria read from JSON-LD or a document, found
 * again in the page's own copy): the smallest element holding it and the offsets inside that
 * element's text. null for a text the page does not show.
 */
export function locateTexts(root: Element, texts: readonly string[]): (TextPlace | null)[] {
  const page = readElementText(root);
  const elementTexts = new Map<Element, string>();
  let cursor = 0;
  return texts.map((text) => {
    if (!text) return null;
    let at = page.text.indexOf(text, cursor);
    if (at < 0) at = page.text.indexOf(text);
    if (at < 0) return null;
    cursor = at + text.length;
    const first = page.nodeIndex[at]!;
    const last = page.nodeIndex[at + text.length - 1]!;
    if (first < 0 || last < 0) return null;
    const endNode = page.nodes[last]!;
    let element = page.nodes[first]!.parentElement;
    while (element && element !== root && !element.contains(endNode)) element = element.parentElement;
    if (!element) return null;
    let own = elementTexts.get(element);
    if (own === undefined) elementTexts.set(element, (own = textOf(element)));
    const start = own.indexOf(text);
    return start < 0 ? null : { element, start, end: start + text.length };
  });
}
