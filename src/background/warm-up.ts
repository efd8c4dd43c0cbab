import { matcherFor } from './matchers';

/**
 * An advert tab starting to load wakes the background and has it load the taxonomy while the page is
 * still arriving, so the criteria it sends once the page is read are answered at once.
 */
export function warmUp(): { ready: true } {
  matcherFor([]);
  return { ready: true };
}
