import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localItem } from '../../../src/storage/local-item';

describe('localItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a missing key as null, and reads back what was written', async () => {
    const item = localItem('profile');
    expect(await item.getValue()).toBeNull();
    await item.setValue({ version: 2 });
    expect(await item.getValue()).toEqual({ version: 2 });
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({ profile: { version: 2 } });
    await item.removeValue();
    expect(await item.getValue()).toBeNull();
  });

  it('tells its watchers about changes to its own key only, until they stop watching', async () => {
    const item = localItem('profile');
    const listener = vi.fn();
    const stop = item.watch(listener);
    await fakeBrowser.storage.local.set({ 'profile-previous': 1 });
    await item.setValue('a');
    await item.removeValue();
    expect(listener.mock.calls).toEqual([['a'], [null]]);
    stop();
    await item.setValue('b');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
