import { MARKS_TAG } from './highlight/mark-layer';
import { KEY_TAG } from './features/show-key';

/**
 * Changes the extension makes to the page itself: the overlay holding the marks and the key's host.
 * A watcher of the page ignores them, so painting never triggers another scan.
 */
const OWN_ELEMENTS = `${MARKS_TAG}, ${KEY_TAG}`;

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
