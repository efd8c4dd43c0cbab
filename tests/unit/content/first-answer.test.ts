import { describe, expect, it, vi } from 'vitest';
import { firstAnswerFrom } from '../../../src/content/first-answer';
import type { AnalyseReply, AnalyseRequest } from '../../../src/messaging/background-messages';

const request: AnalyseRequest = { type: 'analyse', documents: [], reason: 'changed' };
const failed = (message: string): AnalyseReply => ({ ok: false, message });

describe('the painter’s questions to the background', () => {
  it('takes the reader’s answer for the first, and asks the background for every later one', async () => {
    const then = vi.fn(async () => failed('asked'));
    const analyse = firstAnswerFrom(Promise.resolve(failed('handed over')), then);
    expect(await analyse(request)).toEqual(failed('handed over'));
    expect(then).not.toHaveBeenCalled();
    expect(await analyse(request)).toEqual(failed('asked'));
    expect(await analyse(request)).toEqual(failed('asked'));
    expect(then).toHaveBeenCalledTimes(2);
  });
});
