import { browser } from 'wxt/browser';
import { isOwnSender } from '../../messaging/own-sender';
import { requestAnalysis } from '../../messaging/request-analysis';
import { loadProfile, type ProfileState } from '../../storage/profile-store';
import { skillCatalogue } from '../hooks/use-skills';
import { targetTabId, type TabAnalysis } from './use-tab-analysis';

/**
 * What the report is made of, asked for together as the popup's script starts, before anything renders:
 * the stored profile, the tab's analysis, and the skill catalogue for the profile's own skills (kept where
 * `useSkills` finds it; if the background did not answer, the page asks again as it would have).
 */
export type FirstAnswers = {
  profile: ProfileState;
  tab: TabAnalysis;
  /**
   * Whether the tab has said its analysis changed since it was asked (the answer is then out of date);
   * the page listens itself from then on.
   */
  tabChanged(): boolean;
};

async function tabAnalysis(): Promise<TabAnalysis> {
  const tabId = await targetTabId();
  return { tabId, result: tabId === null ? { state: 'no-content-script' } : await requestAnalysis(tabId) };
}

export function askFirstAnswers(): Promise<FirstAnswers> {
  // Listening from before the tab is asked, so that a change announced before the page listens is not lost.
  const changedTabs = new Set<number | undefined>();
  const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    if (!isOwnSender(sender) || (message as { type?: unknown } | null)?.type !== 'analysis-updated') return;
    changedTabs.add(sender.tab?.id);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const profile = loadProfile();
  const skills = profile.then(
    (state) => skillCatalogue(state.state === 'ok' ? state.profile.customSkills : []).catch(() => null),
    () => null,
  );
  return Promise.all([profile, tabAnalysis(), skills]).then(([profile, tab]) => ({
    profile,
    tab,
    tabChanged: () => {
      browser.runtime.onMessage.removeListener(onMessage);
      return changedTabs.has(tab.tabId ?? undefined);
    },
  }));
}
