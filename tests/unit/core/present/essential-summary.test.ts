import { describe, expect, it } from 'vitest';
import { makeHistoryEntry } from '../../../../src/core/history/make-entry';
import { historyScore, nothingToScore } from '../../../../src/core/present/essential-summary';
import { makeReport, testMatcher } from '../../support/make-report';

const NOW = new Date('2026-11-24T12:00:00Z');
const entryOf = (report: ReturnType<typeof makeReport>) => makeHistoryEntry(report, testMatcher.skills, NOW);

describe('an advert with nothing to score', () => {
  it('is one whose criteria are all desirable: no essential, no unmarked criterion', () => {
    expect(nothingToScore(makeReport([{ level: 'desirable', text: 'Clinical audit' }]))).toBe(true);
    expect(nothingToScore(makeReport([{ level: 'unspecified', text: 'Clinical audit' }]))).toBe(false);
    expect(nothingToScore(makeReport([{ level: 'essential', text: 'Able to drive' }]))).toBe(false);
  });

  it('reads in the history as no essential criteria found, to read by hand, not as "no blockers"', () => {
    const free = entryOf(makeReport([{ level: 'unspecified', text: 'Clinical audit' }]));
    expect(historyScore(free)).toEqual({ score: 'No essential criteria found', blockers: 'read the advert yourself' });
    const desirableOnly = entryOf(makeReport([{ level: 'desirable', text: 'Risk management' }]));
    expect(historyScore(desirableOnly).score).toBe('No essential criteria found');
  });

  it('leaves an advert with essential criteria scored as before', () => {
    const report = makeReport(
      [
        { level: 'essential', text: 'Clinical audit' },
        { level: 'essential', text: 'Risk management' },
        { level: 'essential', text: 'Line management' },
      ],
      { skills: [{ skillId: 'gov-audit', status: 'held' }] },
    );
    expect(historyScore(entryOf(report))).toEqual({ score: '1 of 3 essential met', blockers: '2 blockers' });
    const met = makeReport([{ level: 'essential', text: 'Clinical audit' }], {
      skills: [{ skillId: 'gov-audit', status: 'held' }],
    });
    expect(historyScore(entryOf(met))).toEqual({ score: '1 of 1 essential met', blockers: 'no blockers' });
  });
});
