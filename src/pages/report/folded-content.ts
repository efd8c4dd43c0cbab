import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/**
 * Whether a closed disclosure's content (a folded category's criteria, a criterion's details) is in the page.
 * Outside a report that says otherwise it always is.
 */
export const FoldedContent = createContext(true);

/**
 * For the report's first render: false, so the first paint holds only what shows (the score, the blockers,
 * each category's name and tally), then true once that paint is done. Effects run after the browser paints
 * (within `act` in tests), so the folded content follows a frame later, before anyone can open it.
 */
export function useFoldedContentAfterPaint(): boolean {
  const [filled, setFilled] = useState(false);
  useEffect(() => setFilled(true), []);
  return filled;
}

/** A disclosure's content is rendered when it is open, or once the report has filled in the folded ones. */
export const useShowsContent = (open: boolean | undefined): boolean => useContext(FoldedContent) || open === true;
