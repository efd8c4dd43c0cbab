import { afterEach, describe, expect, it, vi } from 'vitest';
import { urgentTask } from '../../../src/content/after-rendering';

const withScheduler = (scheduler: unknown) => vi.stubGlobal('scheduler', scheduler);

afterEach(() => vi.unstubAllGlobals());

describe('an urgent task', () => {
  it('is a task the browser runs before it renders, where the browser orders tasks', async () => {
    const postTask = vi.fn((callback: () => void) => Promise.resolve(callback()));
    withScheduler({ postTask });
    let ran = false;
    const task = urgentTask().then(() => (ran = true));
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'user-blocking' });
    await task;
    expect(ran).toBe(true);
  });

  it('is a timer where it cannot order them', async () => {
    withScheduler(undefined);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    await urgentTask();
    expect(timers).toHaveBeenCalledWith(expect.any(Function), 0);
    timers.mockRestore();
  });
});
