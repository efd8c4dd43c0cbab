import { afterEach, describe, expect, it } from 'vitest';
import { awaitHandover, forgetHandover, handOver, type ReadHandover } from '../../../src/content/read-handover';

const read = (name: string): ReadHandover =>
  ({ collected: { name }, reply: Promise.resolve({ ok: true }), collect: async () => ({}) }) as unknown as ReadHandover;

/** Whether the promise has settled by the end of the current turn of microtasks. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

afterEach(() => forgetHandover());

describe('the reader’s handover to the painter', () => {
  it('waits for the reader when the painter comes first', async () => {
    const taken = awaitHandover();
    expect(await settled(taken)).toBe(false);
    const first = read('first');
    handOver(first);
    expect(await taken).toBe(first);
  });

  it('keeps the read for a painter that comes after the reader, once', async () => {
    const first = read('first');
    handOver(first);
    expect(await awaitHandover()).toBe(first);
    expect(await settled(awaitHandover())).toBe(false);
  });

  it('forgets a read and a wait when the painter has gone', async () => {
    const stale = awaitHandover();
    forgetHandover();
    handOver(read('kept'));
    expect(await settled(stale)).toBe(false);
    expect(((await awaitHandover()).collected as unknown as { name: string }).name).toBe('kept');
  });
});
