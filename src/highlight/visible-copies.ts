/**
 * The copies of a duplicated block that are rendered now (NHS Jobs shows the desktop or the mobile
 * copy). When none is (a closed <details> on a phone), the first copy, so something is marked.
 */
export function visibleCopies(elements: readonly Element[]): Element[] {
  const rendered = elements.filter((e) => e.getClientRects().length > 0);
  return rendered.length > 0 ? rendered : elements.slice(0, 1);
}
