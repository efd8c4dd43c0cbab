import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSetup, setupUrl } from '../../../src/background/open-setup';
import { openSetupOnInstall } from '../../../src/background/open-setup-on-install';
import { answerMessages } from '../../../src/background/answer-messages';
import { BACKGROUND_FEATURES } from '../../../src/background/features';

const openTabs = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url);

beforeEach(() => fakeBrowser.reset());

describe('the set-up', () => {
  it('opens in a tab when the extension is installed, and not when it is updated', async () => {
    openSetupOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(await openTabs()).not.toContain(setupUrl());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await openTabs()).toContain(setupUrl());
    expect(setupUrl()).toMatch(/\/setup\.html$/);
  });

  it('opens on the key\'s request ({ type: "open-setup" }), and ignores anything else', async () => {
    expect(await openSetup({ type: 'open-setup' })).toEqual({ opened: true });
    expect((await openTabs()).filter((url) => url === setupUrl())).toHaveLength(1);
    expect(await openSetup({ type: 'open-setup', url: 'https://example.org' })).toEqual({ opened: true });
    expect(await openTabs()).not.toContain('https://example.org');
    expect(await openSetup({ type: 'something-else' })).toBeUndefined();
    expect(await openSetup(null)).toBeUndefined();
  });

  it("is answered by the background for the extension's own senders only", async () => {
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    answerMessages();
    const listener = listen.mock.calls[0]![0] as (message: unknown, sender: { id?: string }) => unknown;
    expect(listener({ type: 'open-setup' }, { id: 'another-extension' })).toBeUndefined();
    expect(await openTabs()).not.toContain(setupUrl());
    expect(await listener({ type: 'open-setup' }, { id: fakeBrowser.runtime.id })).toEqual({ opened: true });
    expect(await openTabs()).toContain(setupUrl());
  });

  it('is one of the background features registered at start-up', () => {
    expect(BACKGROUND_FEATURES).toContain(openSetupOnInstall);
  });
});
