import { describe, expect, it } from 'vitest';
import { sendBare, type BareRuntime } from '../../../src/content/send-bare';

const runtime = (answer: (callback: (reply: unknown) => void) => void, lastError?: unknown): BareRuntime => ({
  runtime: { sendMessage: (_message, callback) => answer(callback), lastError },
});

describe('sending with the bare extension API', () => {
  it('resolves with the background’s answer', async () => {
    await expect(
      sendBare(
        { type: 'x' },
        runtime((callback) => callback({ ok: true })),
      ),
    ).resolves.toEqual({ ok: true });
  });

  it('rejects when nothing answers, or the background is gone', async () => {
    await expect(
      sendBare(
        {},
        runtime((callback) => callback(undefined)),
      ),
    ).rejects.toThrow('no answer');
    await expect(
      sendBare(
        {},
        runtime((callback) => callback({}), { message: 'no receiver' }),
      ),
    ).rejects.toThrow();
    const invalidated = runtime(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(sendBare({}, invalidated)).rejects.toThrow('invalidated');
  });
});
