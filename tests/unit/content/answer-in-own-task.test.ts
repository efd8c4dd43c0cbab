import { describe, expect, it } from 'vitest';
import { answerInOwnTask } from '../../../src/content/answer-in-own-task';
import type { AnalyseReply, AnalyseRequest, SentAnalyseReply } from '../../../src/messaging/background-messages';

const request: AnalyseRequest = { type: 'analyse', documents: [], reason: 'changed' };
const reply: AnalyseReply = { ok: false, message: 'answered' };

describe('the background’s answer', () => {
  it('is handed on only after a task of its own has begun', async () => {
    const events: string[] = [];
    const analyse = answerInOwnTask(
      async () => (events.push('answered'), reply),
      async () => void events.push('next task'),
    );
    expect(await analyse(request)).toEqual(reply);
    expect(events).toEqual(['answered', 'next task']);
  });

  it('comes with its report unpacked', async () => {
    const analysed = { criteria: [{ text: 'Clinical audit', hits: [] }] };
    const packed = { packed: true, criteria: [{ at: 0, status: 'missing', skills: [] }], blockers: [0] };
    const sent = { ok: true, analysed, report: packed } as unknown as SentAnalyseReply;
    const answer = await answerInOwnTask(
      async () => sent,
      async () => undefined,
    )(request);
    const report = answer.ok ? answer.report : null;
    expect(report?.criteria[0]!.criterion).toBe(analysed.criteria[0]);
    expect(report?.blockers[0]).toBe(report?.criteria[0]);
    expect(report).not.toHaveProperty('packed');
  });
});
