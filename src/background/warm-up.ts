import { matcherFor } from './matchers';
import { rehearseMatching } from './rehearse-matching';

/**
 * An advert tab starting to load wakes the background and has it load the taxonomy while the page is
 * still arriving, so the criteria it sends once the page is read are answered at once.
 */
export async function warmUp(): Promise<{ ready: true }> {
  await matcherFor([]);
  return { ready: true };
}

/**
 * Each time the background wakes, whatever woke it: the taxonomy is read while the message is handled, then
 * matching is rehearsed on a specification of its own.
 */
export function warmUpOnWake(): void {
  void matcherFor([])
    .then((matcher) => rehearseMatching(matcher))
    .catch(() => undefined);
}
