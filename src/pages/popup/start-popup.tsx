import { render } from 'preact';
import { readFirstAnswers, type FirstAnswers } from './first-answers';
import type { FirstRequests } from './first-requests';
import { PopupApp } from './PopupApp';

/**
 * The longest the popup waits for its first answers before it renders without them (saying it is reading
 * the advert, and asking again): a tab that does not answer never leaves it blank.
 */
export const FIRST_ANSWERS_WAIT_MS = 400;

/**
 * Renders the report in one go once the first requests are answered: the score is in the first paint,
 * with no "Reading the advert…" in between.
 */
export function startPopup(root: HTMLElement, place: 'popup' | 'panel', requests: FirstRequests): void {
  let rendered = false;
  const show = (first?: FirstAnswers) => {
    if (rendered) return void first?.tabChanged(); // too late: the page asks for itself (and stops this listening)
    rendered = true;
    render(<PopupApp place={place} first={first} />, root);
  };
  readFirstAnswers(requests).then(show, () => show());
  setTimeout(show, FIRST_ANSWERS_WAIT_MS);
}
