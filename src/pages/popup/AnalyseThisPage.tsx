import { useState } from 'preact/hooks';
import { injectAdvertScripts } from '../../messaging/advert-tab-scripts';
import { requestAnalysis } from '../../messaging/request-analysis';

const WAIT_MS = 3000;

async function waitForAnalysis(tabId: number): Promise<boolean> {
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    if ((await requestAnalysis(tabId)).state === 'ok') return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * A page the extension does not run on by itself (a trust's career site, a saved copy): read it on
 * request, through activeTab + scripting, so the extension needs no access to every site.
 */
export function AnalyseThisPage({ tabId, onAnalysed }: { tabId: number | null; onAnalysed: () => void }) {
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  if (tabId === null) return null;

  const analyse = async () => {
    setState('working');
    try {
      await injectAdvertScripts({ tabId });
      if (!(await waitForAnalysis(tabId))) throw new Error('no answer');
      setState('idle');
      onAnalysed();
    } catch {
      setState('failed');
    }
  };

  return (
    <div class="analyse-page" data-testid="analyse-this-page">
      <button type="button" onClick={() => void analyse()} disabled={state === 'working'}>
        {state === 'working' ? 'Reading the page…' : 'Analyse this page'}
      </button>
      <p class="muted">Reads the person specification on the page you are looking at, this once.</p>
      {state === 'failed' && (
        <p class="notice notice--error" role="alert">
          This page cannot be read. Browser pages and extension stores are off limits; on other pages, reload and try
          again.
        </p>
      )}
    </div>
  );
}
