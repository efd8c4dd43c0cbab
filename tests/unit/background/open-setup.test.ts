import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerMessages } from '../../../src/background/answer-messages';

// The key's "Add your skills" (src/content/features/show-key.ts) sends { type: 'open-setup' }.
const ownTab = { id: fakeBrowser.runtime.id };

beforeEach(() => {
  fakeBrowser.reset();
  answerMessages();
});

const noResponse = () => undefined;
const opened = () => vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);

describe('"Add your skills" in an advert’s key', () => {
  it('opens the options page and says so', async () => {
    const open = opened();
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'open-setup' }, ownTab, noResponse);
    expect(replies).toEqual([{ opened: true }]);
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens nothing for a sender that is not this extension', async () => {
    const open = opened();
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'open-setup' },
      { id: 'another-extension' },
      noResponse,
    );
    expect(replies).toEqual([undefined]);
    expect(open).not.toHaveBeenCalled();
  });
});
