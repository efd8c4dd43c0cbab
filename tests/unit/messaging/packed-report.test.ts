import { describe, expect, it } from 'vitest';
import type { AnalysedSpec } from '../../../src/core/model/analysed-spec';
import { packReport, unpackReport } from '../../../src/messaging/packed-report';
import { makeReport } from '../support/make-report';

const report = makeReport(
  [
    { level: 'essential', text: 'Clinical audit experience' },
    { level: 'essential', text: 'NMC registration' },
    { level: 'desirable', text: 'Line management and Excel' },
    { level: 'essential', text: 'Kindness' },
  ],
  { skills: [{ id: 'gov-audit', level: 'experienced', evidence: [] }] } as never,
);
const analysed: AnalysedSpec = { ...report.spec, criteria: report.criteria.map((entry) => entry.criterion) };
/** Through JSON, as extension messages travel. */
const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('a report packed against its analysed specification', () => {
  it('arrives as it was made', () => {
    expect(report.blockers.length).toBeGreaterThan(0);
    expect(unpackReport(sent(packReport(report, analysed)), sent(analysed))).toEqual(sent(report));
  });

  it('sends each criterion once: the answer is much smaller', () => {
    const whole = JSON.stringify({ analysed, report }).length;
    const packed = JSON.stringify({ analysed, report: packReport(report, analysed) }).length;
    expect(packed).toBeLessThan(whole * 0.7);
  });

  it('shares the criteria of the specification, and the blockers of the report', () => {
    const arrived = sent(analysed);
    const unpacked = unpackReport(sent(packReport(report, analysed)), arrived);
    expect(unpacked.criteria[0]!.criterion).toBe(arrived.criteria[0]);
    expect(unpacked.criteria).toContain(unpacked.blockers[0]);
  });

  it('is sent whole when a criterion is not the specification’s own', () => {
    const other: AnalysedSpec = { ...analysed, criteria: analysed.criteria.map((c) => ({ ...c })) };
    expect(packReport(report, other)).toBe(report);
    expect(unpackReport(report, other)).toBe(report);
  });
});
