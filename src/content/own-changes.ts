/**
 * Changes the extension makes to the page itself: the key's host element, the <mark> fallback and
 * the style elements of the highlights. A watcher of the page ignores them, so painting never
 * triggers another scan.
 */
const OWN_ELEMENTS = 'nhsps-legend, mark[data-nhsps], style[id^="nhsps-"], style[wxt-shadow-root-document-styles]';

const ELEMENT_NODE = 1;

function isOwnNode(node: Node): boolean {
  if (node.nodeType === ELEMENT_NODE) return (node as Element).matches(OWN_ELEMENTS);
  return node.parentElement?.closest(OWN_ELEMENTS) != null;
}

export function isOwnChange(record: MutationRecord): boolean {
  const target = record.target.nodeType === ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
  if (target?.closest(OWN_ELEMENTS)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}
