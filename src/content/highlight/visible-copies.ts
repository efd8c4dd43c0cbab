/**
 * The copies of a duplicated block that are rendered now (NHS Jobs shows the desktop or the mobile
 * copy). When none is (a closed <details> on a phone), the first copy, so something is marked.
 */
export function visibleCopies(elements: readonly Element[]): Element[] {
  const rendered = elements.filter(isRendered);
  return rendered.length > 0 ? rendered : elements.slice(0, 1);
}

/**
 * Whether an element has boxes on the page. Inside a closed <details> the browser would have to lay
 * out all of its content to answer (seconds on a huge page), so the <details> answers for it: shown,
 * it counts as shown, as the browser would say (opening it is one click; "next gap" opens it).
 */
function isRendered(element: Element): boolean {
  const shown = element.closest('details:not([open])') ?? element;
  // checkVisibility needs the page's style only, not its layout (a long task on a large page).
  return 'checkVisibility' in shown ? shown.checkVisibility() : (shown as Element).getClientRects().length > 0;
}
