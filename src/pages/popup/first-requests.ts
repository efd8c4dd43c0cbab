import { browser } from 'wxt/browser';
import type { CustomSkill } from '../../core/model/profile';
import { askBackground } from '../../messaging/ask-background';
import { askTabAnalysis } from '../../messaging/ask-tab-analysis';
import { isOwnSender } from '../../messaging/own-sender';
import { profileItem } from '../../storage/profile-item';
import { targetTabId } from './target-tab';

/**
 * The popup's first requests, sent by its smallest script before the rest is loaded, so that the answers
 * come while the report's code is evaluated. Answers as they came: first-answers validates them.
 */
export type FirstRequests = {
  storedProfile: Promise<unknown>;
  tab: Promise<{ tabId: number | null; reply: unknown }>;
  /** The catalogue for the stored profile's own skills as they are stored (validated, they are usually the same). */
  catalogue: Promise<{ customSkills: unknown; reply: Promise<unknown> }>;
  /** Whether this tab has announced a new analysis since it was asked; the page listens itself from then on. */
  tabChanged(tabId: number | null): boolean;
};

export function sendFirstRequests(): FirstRequests {
  // Listening from before the tab is asked, so that a change announced before the page listens is not lost.
  const changedTabs = new Set<number | undefined>();
  const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    if (!isOwnSender(sender) || (message as { type?: unknown } | null)?.type !== 'analysis-updated') return;
    changedTabs.add(sender.tab?.id);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const storedProfile = profileItem.getValue();
  const tab = targetTabId().then(async (tabId) => ({
    tabId,
    reply: tabId === null ? undefined : await askTabAnalysis(tabId),
  }));
  const askCatalogue = (customSkills: unknown) => {
    const reply = askBackground({ type: 'skills', customSkills: customSkills as CustomSkill[], phrases: false });
    reply.catch(() => undefined); // read, or failing asked again, by first-answers
    return { customSkills, reply };
  };
  // Most profiles have no skills of their own: that catalogue is asked at once, beside the profile.
  const withNone = askCatalogue([]);
  const catalogue = storedProfile.then((raw) => {
    const customSkills = (raw as { customSkills?: unknown } | null)?.customSkills ?? [];
    return Array.isArray(customSkills) && customSkills.length === 0 ? withNone : askCatalogue(customSkills);
  });
  return {
    storedProfile,
    tab,
    catalogue,
    tabChanged(tabId) {
      browser.runtime.onMessage.removeListener(onMessage);
      return changedTabs.has(tabId ?? undefined);
    },
  };
}
