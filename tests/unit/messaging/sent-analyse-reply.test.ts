import { describe, expect, it } from 'vitest';
import type { AnalysedSpec } from '../../../src/core/model/analysed-spec';
import type { AnalyseReply } from '../../../src/messaging/background-messages';
import { packReply, unpackReply } from '../../../src/messaging/sent-analyse-reply';
import { makeReport } from '../support/make-report';

const report = makeReport([
  { level: 'essential', text: 'Clinical audit experience' },
  { level: 'desirable', text: 'Line management' },
]);
const analysed: AnalysedSpec = { ...report.spec, criteria: report.criteria.map((entry) => entry.criterion) };
const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the background’s answer to analyse, as it travels', () => {
  it('carries its report packed, and arrives as it was made', () => {
    const reply = { ok: true, analysed, report, profile: 'ok', documentsKept: true, recorded: false } as const;
    const packed = packReply(reply);
    expect(packed.ok && packed.report && 'packed' in packed.report).toBe(true);
    expect(unpackReply(sent(packed))).toEqual(sent(reply));
  });

  it('leaves failed answers and answers without a report as they are', () => {
    const failed: AnalyseReply = { ok: false, message: 'no' };
    expect(unpackReply(packReply(failed))).toBe(failed);
    const noReport = { ok: true, analysed, report: null } as unknown as AnalyseReply;
    expect(unpackReply(sent(packReply(noReport)))).toEqual(sent(noReport));
  });
});
