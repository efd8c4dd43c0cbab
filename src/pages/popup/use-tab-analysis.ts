import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { requestAnalysis, type AnalysisResult } from '../../messaging/request-analysis';

/** The tab the report is about: ?tab=<id> when the report opens in its own tab, else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export type TabAnalysis = { tabId: number | null; result: AnalysisResult | null };

/**
 * The advert tab's analysis. `refreshKey` asks again when it changes: the page re-analyses itself when
 * the profile's custom skills change, and the popup needs that new analysis.
 */
export function useTabAnalysis(refreshKey = ''): TabAnalysis {
  const [state, setState] = useState<TabAnalysis>({ tabId: null, result: null });
  useEffect(() => {
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
  }, [refreshKey]);
  return state;
}
