import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  HANDOVER_KEY,
  publishFirstRequests,
  takeFirstRequests,
} from '../../../../src/pages/popup/first-requests-handover';
import { answerLikeTheBackground } from '../../support/background-replies';

const TAB = 7;
const storageReads = () => vi.spyOn(browser.storage.local, 'get');

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
  answerLikeTheBackground();
  history.replaceState(null, '', `/popup.html?tab=${TAB}`);
  delete (globalThis as Record<string, unknown>)[HANDOVER_KEY]; // a new page
});

describe('the first requests, handed from the popup’s first script to its page', () => {
  it('gives the page the requests the first script sent, once, without asking again', async () => {
    const reads = storageReads();
    publishFirstRequests();
    expect(reads).toHaveBeenCalledTimes(1);

    const first = takeFirstRequests();
    expect(first).not.toBeNull();
    expect((await first!.tab).tabId).toBe(TAB);
    expect(reads).toHaveBeenCalledTimes(1);
    // Taken: a second page code (or a test) would send its own.
    expect(takeFirstRequests()).not.toBe(first);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('sends them when the first script has not run, and the first script sends none after that', async () => {
    const reads = storageReads();
    const first = takeFirstRequests();
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await first!.tab).tabId).toBe(TAB);
    publishFirstRequests();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('sends none for a kept advert (?history=), which asks for other things', () => {
    history.replaceState(null, '', '/popup.html?history=advert%3A1');
    const reads = storageReads();
    publishFirstRequests();
    expect(takeFirstRequests()).toBeNull();
    expect(reads).not.toHaveBeenCalled();
  });
});
