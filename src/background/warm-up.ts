import { browser } from 'wxt/browser';
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
 * matching is rehearsed on a specification of its own, until the first advert to analyse comes.
 */
export function warmUpOnWake(): void {
  let asked = false;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'analyse') asked = true;
    return undefined;
  });
  void matcherFor([])
    .then((matcher) => rehearseMatching(matcher, { stopWhen: () => asked }))
    .catch(() => undefined);
}
