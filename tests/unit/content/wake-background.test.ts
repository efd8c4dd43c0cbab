import { describe, expect, it, vi } from 'vitest';
import { wakeBackground, wakeBackgroundSoon, type CallbackRuntime } from '../../../src/content/wake-background';

describe('waking the background', () => {
  it('sends warm-up and reads the error of a background that does not answer', () => {
    const lastError = vi.fn(() => ({ message: 'no receiver' }));
    const api = {
      runtime: {
        sendMessage: vi.fn((_: unknown, callback: () => void) => callback()),
        get lastError() {
          return lastError();
        },
      },
    } satisfies CallbackRuntime;
    wakeBackground(api);
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'warm-up' }, expect.any(Function));
    // Read in the callback: Chrome logs "Unchecked runtime.lastError" otherwise.
    expect(lastError).toHaveBeenCalledOnce();
  });

  it('shrugs off an extension reloaded under the page, and a page without the API', () => {
    const api: CallbackRuntime = {
      runtime: {
        sendMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    };
    expect(() => wakeBackground(api)).not.toThrow();
    expect(() => wakeBackground(undefined)).not.toThrow();
  });

  it('soon: sends nothing in the page’s parsing task, and warm-up in the next task', () => {
    vi.useFakeTimers();
    try {
      const api = { runtime: { sendMessage: vi.fn() } } satisfies CallbackRuntime;
      wakeBackgroundSoon(api);
      expect(api.runtime.sendMessage).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'warm-up' }, expect.any(Function));
    } finally {
      vi.useRealTimers();
    }
  });
});
