import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useTabAnalysis, type TabAnalysis } from '../../../../src/pages/popup/use-tab-analysis';
import { mount } from '../../support/render';

const TAB = 7;
/** A message's sender: a tab of this extension's content script. */
const fromTab = (id: number) =>
  ({ id: browser.runtime.id, tab: { id } }) as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const first: TabAnalysis = { tabId: TAB, result: { state: 'error', message: 'Reading…' } };
let cleanup = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', `/popup.html?tab=${TAB}`);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Shows({ given }: { given?: { tab: TabAnalysis; changed: () => boolean } }) {
  const { result } = useTabAnalysis('', false, given);
  return <p>{result?.state === 'error' ? result.message : (result?.state ?? 'nothing yet')}</p>;
}

describe('the tab’s analysis, given as the popup first asked for it', () => {
  it('is shown at once and not asked again while the tab has not changed it', async () => {
    const ask = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ error: 'Asked again' } as never);
    const { host, unmount } = mount(<Shows given={{ tab: first, changed: () => false }} />);
    cleanup = unmount;
    expect(host.textContent).toBe('Reading…');
    await act(async () => undefined);
    expect(ask).not.toHaveBeenCalled();
    // The tab's own announcement is still followed.
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'analysis-updated' }, fromTab(TAB), () => undefined);
    });
    await vi.waitFor(() => expect(host.textContent).toBe('Asked again'));
  });

  it('is asked again when the tab announced a new analysis before the page listened', async () => {
    const ask = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ error: 'Asked again' } as never);
    const { host, unmount } = mount(<Shows given={{ tab: first, changed: () => true }} />);
    cleanup = unmount;
    await vi.waitFor(() => expect(host.textContent).toBe('Asked again'));
    expect(ask).toHaveBeenCalledOnce();
  });
});
