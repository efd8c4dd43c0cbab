/** The text nodes under a node, in document order (a plain walk: works in every DOM implementation). */
export function textNodesIn(root: Node): Text[] {
  if (root.nodeType === 3) return [root as Text];
  const found: Text[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) found.push(child as Text);
      else walk(child);
    }
  };
  walk(root);
  return found;
}
