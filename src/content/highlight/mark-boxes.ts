/** A box to draw, in the coordinates of the overlay (which scrolls with the document). */
export type MarkBox = { className: string; left: number; top: number; width: number; height: number };

/**
 * The boxes of a range, one per line it covers: the pieces of one line (split by inline markup or bidi
 * controls) are drawn as one box from the first to the last, and empty pieces are dropped.
 */
export function boxesOf(range: Range, origin: { left: number; top: number }, className: string): MarkBox[] {
  const boxes: MarkBox[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width < 1 || rect.height < 1) continue;
    const box = {
      className,
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    };
    const last = boxes[boxes.length - 1];
    const sameLine = last && Math.abs(last.top - box.top) < 1 && Math.abs(last.height - box.height) < 1;
    if (sameLine) {
      const right = Math.max(last.left + last.width, box.left + box.width);
      last.left = Math.min(last.left, box.left);
      last.width = right - last.left;
    } else boxes.push(box);
  }
  return boxes;
}

/** The boxes that overlap the band [top, bottom) of the overlay: only those are put in the DOM. */
export const boxesWithin = (boxes: readonly MarkBox[], top: number, bottom: number): MarkBox[] =>
  boxes.filter((b) => b.top + b.height >= top && b.top < bottom);
