import { afterEach, describe, expect, it, vi } from 'vitest';
import { idle, urgentTask } from '../../../src/content/after-rendering';

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

describe('the page being idle', () => {
  it('comes from an idle callback, no later than its deadline, never in the calling task', async () => {
    let idleCallback: (() => void) | undefined;
    const requestIdleCallback = vi.fn((callback: () => void) => void (idleCallback = callback));
    const view = { requestIdleCallback } as unknown as Window;
    let ran = false;
    const waiting = idle(view).then(() => (ran = true));
    await Promise.resolve();
    expect(ran).toBe(false);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 200 });
    idleCallback!();
    await waiting;
    expect(ran).toBe(true);
  });
});
