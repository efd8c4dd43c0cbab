import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectPainterForLines } from '../../../src/background/inject-advert-scripts';
import { readerTarget } from '../../../src/background/reader-target';

type Sender = { id?: string; tab?: { id?: number }; frameId?: number; documentId?: string };
type Listener = (message: unknown, sender: Sender) => unknown;

function listen(): { listener: Listener; executeScript: ReturnType<typeof vi.fn> } {
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const executeScript = vi.fn(() => Promise.resolve([]));
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  injectPainterForLines();
  const listener = vi.mocked(fakeBrowser.runtime.onMessage.addListener).mock.calls.at(-1)![0] as unknown as Listener;
  return { listener, executeScript };
}

beforeEach(() => fakeBrowser.reset());

describe('where the reader is injected', () => {
  it('names the very document in Chrome, so a tab that has moved on gets no reader', () => {
    expect(readerTarget({ tab: { id: 7 }, frameId: 0, documentId: 'D1' })).toEqual({ tabId: 7, documentIds: ['D1'] });
  });

  it('names the frame where documents have no id (Firefox)', () => {
    expect(readerTarget({ tab: { id: 7 }, frameId: 3 })).toEqual({ tabId: 7, frameIds: [3] });
    expect(readerTarget({ tab: { id: 7 } })).toEqual({ tabId: 7, frameIds: [0] });
  });

  it('names nothing for a sender that is not a tab', () => {
    expect(readerTarget({})).toBeNull();
    expect(readerTarget({ tab: {} })).toBeNull();
    expect(readerTarget({ tab: { id: -1 } })).toBeNull();
  });
});

describe('injecting the painter when the reader’s lines come', () => {
  const sender = { id: fakeBrowser.runtime.id, tab: { id: 4 }, frameId: 0, documentId: 'D9' };
  const target = { tabId: 4, documentIds: ['D9'] };
  const painter = [{ target, files: ['/content-scripts/advert.js'], injectImmediately: true }];
  const lines = { type: 'analyse', page: { steps: [] }, reason: 'opened', documents: [] };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('runs the painter in the page whose lines came, and answers nothing itself', async () => {
    const { listener, executeScript } = listen();
    expect(listener(lines, sender)).toBeUndefined();
    await settle();
    expect(executeScript.mock.calls).toEqual([painter]);
  });

  it('runs none for the waker’s call, nor for the painter’s own questions', () => {
    const { listener, executeScript } = listen();
    listener({ type: 'warm-up' }, sender);
    // The page changed, or the criteria already read.
    listener({ ...lines, reason: 'changed' }, sender);
    listener({ type: 'analyse', spec: {}, reason: 'opened', documents: [] }, sender);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('ignores other senders and the extension’s own pages', () => {
    const { listener, executeScript } = listen();
    const tab = { tab: { id: 4 }, frameId: 0 };
    listener(lines, { id: 'another-extension', ...tab });
    listener(lines, { id: fakeBrowser.runtime.id });
    listener(null, { id: fakeBrowser.runtime.id, ...tab });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('swallows a refused injection (a closed tab, access withheld)', async () => {
    const { listener, executeScript } = listen();
    executeScript.mockReturnValue(Promise.reject(new Error('Cannot access contents of the page')));
    listener(lines, sender);
    await settle();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
