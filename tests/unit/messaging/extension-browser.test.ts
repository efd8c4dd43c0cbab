import { describe, expect, it, vi } from 'vitest';
import { answeringListener, chromeBrowser, REJECTION, type ChromeApi } from '../../../src/messaging/extension-browser';

type Native = Parameters<ChromeApi['runtime']['onMessage']['addListener']>[0];

function fakeChrome(reply: unknown = undefined) {
  const listeners = new Set<Native>();
  const api = {
    runtime: {
      id: 'abc' as string | undefined,
      sendMessage: vi.fn(async (..._: unknown[]) => reply),
      getURL: function (this: unknown, path: string) {
        if (this !== api.runtime) throw new TypeError('Illegal invocation');
        return `chrome-extension://abc/${path}`;
      },
      onMessage: { addListener: (l: Native) => listeners.add(l), removeListener: (l: Native) => listeners.delete(l) },
    },
    tabs: { sendMessage: vi.fn(async (..._: unknown[]) => reply), query: vi.fn(async () => [{ id: 7 }]) },
    storage: { local: { get: vi.fn(async () => ({ profile: 1 })) } },
  };
  return { api, listeners };
}

describe('the extension APIs without the polyfill', () => {
  it('answers a message with what a listener resolves to, keeping the channel open', async () => {
    const respond = vi.fn();
    const open = answeringListener(async (message) => ({ echo: message }))('hi', {}, respond);
    expect(open).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ echo: 'hi' }));
  });

  it('answers a rejection with the marker the pages read back as an error', async () => {
    const respond = vi.fn();
    answeringListener(() => Promise.reject(new Error('no such document')))('x', {}, respond);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ [REJECTION]: true, message: 'no such document' }));
  });

  it('leaves a message it does not answer to other listeners', () => {
    const respond = vi.fn();
    expect(answeringListener(() => undefined)('x', {}, respond)).toBe(false);
    expect(respond).not.toHaveBeenCalled();
  });

  it('adds and removes the same native listener for one listener', () => {
    const { api, listeners } = fakeChrome();
    const browser = chromeBrowser(api);
    const listener = () => undefined;
    browser.runtime.onMessage.addListener(listener);
    browser.runtime.onMessage.addListener(listener);
    expect(listeners.size).toBe(1);
    expect(browser.runtime.onMessage.hasListener(listener)).toBe(true);
    browser.runtime.onMessage.removeListener(listener);
    expect(listeners.size).toBe(0);
  });

  it("sends messages, turning the background's rejection marker into an error", async () => {
    await expect(chromeBrowser(fakeChrome({ ok: true }).api).runtime.sendMessage({ type: 'x' })).resolves.toEqual({
      ok: true,
    });
    const failing = chromeBrowser(fakeChrome({ [REJECTION]: true, message: 'storage is full' }).api);
    await expect(failing.runtime.sendMessage({ type: 'x' })).rejects.toThrow('storage is full');
  });

  it('reads a tab’s rejection back as an error, and passes every other API through as it is', async () => {
    const { api } = fakeChrome({ [REJECTION]: true, message: 'This advert does not link to that document.' });
    const browser = chromeBrowser(api);
    await expect(browser.tabs.sendMessage(7, { type: 'fetch-document' })).rejects.toThrow('does not link');
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'fetch-document' });
    await expect(browser.tabs.query({ active: true })).resolves.toEqual([{ id: 7 }]);
    await expect(browser.storage.local.get('profile')).resolves.toEqual({ profile: 1 });
    const { getURL } = browser.runtime; // a method taken off its object still works
    expect(getURL('/popup.html')).toBe('chrome-extension://abc//popup.html');
  });

  it("reads the extension's id each time: it is gone once the extension is reloaded under the page", () => {
    const { api } = fakeChrome();
    const browser = chromeBrowser(api);
    expect(browser.runtime.id).toBe('abc');
    api.runtime.id = undefined;
    expect(browser.runtime.id).toBeUndefined();
  });
});
