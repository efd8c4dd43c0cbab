import { describe, expect, it } from 'vitest';
import { answerInOwnTask } from '../../../src/content/answer-in-own-task';
import type { AnalyseReply, AnalyseRequest } from '../../../src/messaging/background-messages';

const request: AnalyseRequest = { type: 'analyse', documents: [], reason: 'changed' };
const reply: AnalyseReply = { ok: false, message: 'answered' };

describe('the background’s answer', () => {
  it('is handed on only after a task of its own has begun', async () => {
    const events: string[] = [];
    const analyse = answerInOwnTask(
      async () => (events.push('answered'), reply),
      async () => void events.push('next task'),
    );
    expect(await analyse(request)).toBe(reply);
    expect(events).toEqual(['answered', 'next task']);
  });
});
