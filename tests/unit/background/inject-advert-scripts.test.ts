import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectAdvertScriptsOnWake } from '../../../src/background/inject-advert-scripts';
import { readerTarget } from '../../../src/background/reader-target';

type Sender = { id?: string; tab?: { id?: number }; frameId?: number; documentId?: string };
type Listener = (message: unknown, sender: Sender) => unknown;

function listen(): { listener: Listener; executeScript: ReturnType<typeof vi.fn> } {
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const executeScript = vi.fn(() => Promise.resolve([]));
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  injectAdvertScriptsOnWake();
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

describe('injecting the advert tab’s scripts as an advert page starts', () => {
  const sender = { id: fakeBrowser.runtime.id, tab: { id: 4 }, frameId: 0, documentId: 'D9' };
  const target = { tabId: 4, documentIds: ['D9'] };
  const reader = [{ target, files: ['/reader.js'], injectImmediately: true }];
  const painter = [{ target, files: ['/content-scripts/advert.js'], injectImmediately: true }];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('runs the reader, then at once the painter, in a page still arriving; answers nothing itself', async () => {
    const { listener, executeScript } = listen();
    executeScript.mockReturnValueOnce(Promise.resolve([{ frameId: 0, result: true }]));
    expect(listener({ type: 'warm-up' }, sender)).toBeUndefined();
    await settle();
    expect(executeScript.mock.calls).toEqual([reader, painter]);
    // The reader's lines then bring no second painter; a page opened again in the same frame gets its own.
    const lines = { type: 'analyse', page: { steps: [] }, reason: 'opened', documents: [] };
    listener(lines, sender);
    expect(executeScript).toHaveBeenCalledTimes(2);
    listener(lines, sender);
    expect(executeScript.mock.calls).toEqual([reader, painter, painter]);
  });

  it('leaves the painter of a page already parsed until the reader’s lines come, then runs it once', async () => {
    const { listener, executeScript } = listen();
    executeScript.mockReturnValueOnce(Promise.resolve([{ frameId: 0, result: false }]));
    listener({ type: 'warm-up' }, sender);
    await settle();
    expect(executeScript.mock.calls).toEqual([reader]);
    const lines = { steps: [] };
    listener({ type: 'analyse', page: lines, reason: 'opened', documents: [] }, sender);
    expect(executeScript.mock.calls).toEqual([reader, painter]);
    // The painter's own questions: the page changed, or the criteria already read.
    listener({ type: 'analyse', page: lines, reason: 'changed', documents: [] }, sender);
    listener({ type: 'analyse', spec: {}, reason: 'opened', documents: [] }, sender);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('ignores other messages, other senders and the extension’s own pages', () => {
    const { listener, executeScript } = listen();
    const tab = { tab: { id: 4 }, frameId: 0 };
    listener({ type: 'analyse' }, { id: fakeBrowser.runtime.id, ...tab });
    listener({ type: 'warm-up' }, { id: 'another-extension', ...tab });
    listener({ type: 'warm-up' }, { id: fakeBrowser.runtime.id });
    listener(null, { id: fakeBrowser.runtime.id, ...tab });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('swallows a refused injection (a closed tab, access withheld), and injects no painter after it', async () => {
    const { listener, executeScript } = listen();
    executeScript.mockReturnValue(Promise.reject(new Error('Cannot access contents of the page')));
    listener({ type: 'warm-up' }, sender);
    await settle();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
