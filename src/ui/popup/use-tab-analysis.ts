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

export function useTabAnalysis(): TabAnalysis {
  const [state, setState] = useState<TabAnalysis>({ tabId: null, result: null });
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return setState({ tabId, result: { state: 'no-content-script' } });
      setState({ tabId, result: await requestAnalysis(tabId) });
    })();
  }, []);
  return state;
}
