import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keptWhileAwake } from '../../../src/storage/kept-while-awake';

beforeEach(() => fakeBrowser.reset());

/** A value kept from key `k`: what is stored there, with the number of reads made. */
function counted(keep: (value: unknown) => boolean = () => true) {
  const read = vi.fn(async () => (await fakeBrowser.storage.local.get('k')).k ?? null);
  return { read, kept: keptWhileAwake('k', read, keep) };
}

describe('a value kept while the background is awake', () => {
  it('reads storage once for any number of requests, at once or later', async () => {
    await fakeBrowser.storage.local.set({ k: 1 });
    const { read, kept } = counted();
    expect(await Promise.all([kept.get(), kept.get()])).toEqual([1, 1]);
    expect(await kept.get()).toBe(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again after the key changes in storage, but not after another key does', async () => {
    await fakeBrowser.storage.local.set({ k: 1 });
    const { read, kept } = counted();
    await kept.get();
    await fakeBrowser.storage.local.set({ other: 5 });
    expect(await kept.get()).toBe(1);
    await fakeBrowser.storage.local.set({ k: 2 });
    expect(await kept.get()).toBe(2);
    await fakeBrowser.storage.local.remove('k');
    expect(await kept.get()).toBeNull();
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('reads again after forget (a write of our own)', async () => {
    const { read, kept } = counted();
    await kept.get();
    kept.forget();
    await kept.get();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('never keeps a value it is told not to', async () => {
    await fakeBrowser.storage.local.set({ k: 'invalid' });
    const { read, kept } = counted((value) => value !== 'invalid');
    expect(await kept.get()).toBe('invalid');
    expect(await kept.get()).toBe('invalid');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a value read before a change that arrived during the read', async () => {
    await fakeBrowser.storage.local.set({ k: 1 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = vi.fn(async () => {
      const value = (await fakeBrowser.storage.local.get('k')).k;
      await gate;
      return value;
    });
    const kept = keptWhileAwake('k', read, () => true);
    const first = kept.get();
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    await fakeBrowser.storage.local.set({ k: 2 });
    release();
    expect(await first).toBe(1);
    expect(await kept.get()).toBe(2);
  });

  it('does not keep a read that failed', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('storage is busy')).mockResolvedValue(3);
    const kept = keptWhileAwake('k', read, () => true);
    await expect(kept.get()).rejects.toThrow('busy');
    expect(await kept.get()).toBe(3);
  });

  it('starts again from storage when its change listener has been removed', async () => {
    await fakeBrowser.storage.local.set({ k: 1 });
    const { kept } = counted();
    await kept.get();
    fakeBrowser.storage.onChanged.removeAllListeners();
    await fakeBrowser.storage.local.set({ k: 2 });
    expect(await kept.get()).toBe(2);
  });
});
