import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Steps } from '../../../src/core/dom/steps';
import { runInSlices } from '../../../src/content/run-in-slices';

/** Steps that each take `cost` ms on a fake clock. */
function* costly(clock: { now: number }, steps: number, cost: number): Steps<string> {
  for (let i = 0; i < steps; i++) {
    clock.now += cost;
    yield;
  }
  return 'read';
}

describe('runInSlices', () => {
  afterEach(() => vi.restoreAllMocks());

  const withClock = () => {
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    return clock;
  };

  it('hands the page a turn whenever a slice has taken its time, and resolves with the result', async () => {
    const clock = withClock();
    const between = vi.fn(() => Promise.resolve());
    // 20 steps of 2 ms: five full slices of 8 ms (4 steps each), each followed by the page's turn.
    await expect(runInSlices(costly(clock, 20, 2), { sliceMs: 8, between })).resolves.toBe('read');
    expect(between).toHaveBeenCalledTimes(5);
  });

  it('does short work in one slice, without giving a turn away', async () => {
    const clock = withClock();
    const between = vi.fn(() => Promise.resolve());
    await expect(runInSlices(costly(clock, 3, 1), { sliceMs: 8, between })).resolves.toBe('read');
    expect(between).not.toHaveBeenCalled();
  });

  it('takes the first slice at once, in the caller task', () => {
    const clock = withClock();
    const log: string[] = [];
    function* first(): Steps<void> {
      log.push('first step');
      clock.now += 10;
      yield;
      log.push('second step');
    }
    void runInSlices(first(), { sliceMs: 8, between: () => new Promise(() => undefined) });
    expect(log).toEqual(['first step']);
  });
});
