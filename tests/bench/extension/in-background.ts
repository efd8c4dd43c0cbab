import type { BrowserContext } from '@playwright/test';
import sample from '../../../src/cli/sample/profile.json';

/** Runs `run` in the extension's service worker (storage before any page is open, a tab's id). */
async function inBackground<T, A>(
  context: BrowserContext,
  extensionId: string,
  run: (arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  const ours = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  for (const worker of ours.reverse()) {
    try {
      return (await worker.evaluate(run as (arg: unknown) => Promise<T>, arg)) as T;
    } catch {
      // A worker stopped since: try the next one Playwright knows.
    }
  }
  throw new Error('the extension’s service worker could not be reached');
}

/** The command line's sample profile, stored as the extension stores a profile: adverts are compared with it. */
export const seedProfile = (context: BrowserContext, extensionId: string): Promise<void> =>
  inBackground(
    context,
    extensionId,
    async (profile) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ profile });
    },
    sample,
  );

/** The browser's id for the tab showing `url`, which popup.html?tab= takes. */
export const tabIdOf = (context: BrowserContext, extensionId: string, url: string): Promise<number | null> =>
  inBackground(
    context,
    extensionId,
    async (wanted) => (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id ?? null,
    url,
  );
