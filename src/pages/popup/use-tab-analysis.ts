import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isOwnSender } from '../../messaging/own-sender';
import { requestAnalysis, type AnalysisResult } from '../../messaging/request-analysis';
import { targetTabId } from './target-tab';

export type TabAnalysis = { tabId: number | null; result: AnalysisResult | null };

/**
 * The advert tab's analysis, asked again when `refreshKey` changes, and whenever that tab says its
 * analysis changed (the page was read again, the profile changed). With `follow` (the side panel), it
 * also follows the tab in front as the user moves between tabs and pages. `first`: the answer the page
 * already has, not asked again unless the tab has changed it since.
 */
export function useTabAnalysis(
  refreshKey = '',
  follow = false,
  first?: { tab: TabAnalysis; changed: () => boolean },
): TabAnalysis {
  const [state, setState] = useState<TabAnalysis>(first?.tab ?? { tabId: null, result: null });
  const [asked, setAsked] = useState(0);
  const firstAnswer = useRef(first);
  useEffect(() => {
    // The first answer was asked before the page rendered: asked again if the tab has changed it since.
    const given = firstAnswer.current;
    firstAnswer.current = undefined;
    if (given && !given.changed()) return;
    let live = true;
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return live && setState({ tabId, result: { state: 'no-content-script' } });
      const result = await requestAnalysis(tabId);
      if (live) setState({ tabId, result });
    })();
    return () => {
      live = false;
    };
  }, [refreshKey, asked]);

  useEffect(() => {
    const again = () => setAsked((n) => n + 1);
    const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (!isOwnSender(sender) || (message as { type?: unknown } | null)?.type !== 'analysis-updated') return;
      if (follow || sender.tab?.id === state.tabId) again();
    };
    const onActivated = () => again();
    const onUpdated = (_tabId: number, change: { status?: string }) => change.status === 'complete' && again();
    browser.runtime.onMessage.addListener(onMessage);
    if (follow) {
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
    }
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [follow, state.tabId]);
  return state;
}
