import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { profileCoverage } from '../../../../src/core/compare/profile-coverage';
import {
  ASK_CHARS,
  historyEntrySchema,
  historyKey,
  HISTORY_LIMIT,
  type HistoryEntry,
} from '../../../../src/core/history/history-entry';
import { clearHistory, loadHistory, removeHistoryEntry, saveHistoryEntry } from '../../../../src/storage/history-store';
import { askSample, makeHistoryEntry, sameEntry } from '../../../../src/core/history/make-entry';
import { recurringGaps } from '../../../../src/core/history/recurring-gaps';
import { closesIn, upcomingDeadlines } from '../../../../src/core/history/deadlines';
import { emptyProfile } from '../../../../src/core/model/profile';
import { makeReport, testMatcher } from '../../support/make-report';

const NOW = new Date('2026-11-24T12:00:00Z');
const criteria = [
  { level: 'essential' as const, text: 'Experience of clinical audit' },
  { level: 'essential' as const, text: 'Risk management' },
  { level: 'desirable' as const, text: 'Excel and risk management' },
];

function entry(n: number, gaps: string[], essentialGaps: string[] = gaps): HistoryEntry {
  const stamp = new Date(Date.UTC(2026, 10, n)).toISOString();
  return {
    version: 1,
    url: `https://www.jobs.nhs.uk/candidate/jobadvert/A${n}`,
    title: `Advert ${n}`,
    employer: null,
    band: null,
    closingDate: null,
    reference: null,
    firstSeen: stamp,
    updatedAt: stamp,
    score: {
      primary: 'essential',
      primaryPoints: { earned: 0, possible: 2 },
      desirablePoints: { earned: 0, possible: 0 },
      blockers: 0,
    },
    essential: { total: 1, held: 0 },
    blockers: [],
    gaps: gaps.map((id) => ({
      skillId: id,
      label: id.toUpperCase(),
      level: essentialGaps.includes(id) ? 'essential' : 'desirable',
    })),
  };
}

beforeEach(() => fakeBrowser.reset());

describe('a history entry', () => {
  it('keeps the advert, the score, the blockers and each missing skill once, essential first', () => {
    const report = makeReport(criteria, { skills: [{ skillId: 'gov-audit', status: 'held' }] });
    const made = makeHistoryEntry(report, testMatcher.skills, NOW);
    expect(historyEntrySchema.safeParse(made).success).toBe(true);
    expect(made).toMatchObject({
      url: 'https://www.jobs.nhs.uk/candidate/jobadvert/T1',
      title: 'Staff Nurse',
      employer: 'Test Trust',
      band: 'Band 5',
      firstSeen: NOW.toISOString(),
      essential: { total: 2, held: 1 },
      blockers: [{ text: 'Risk management', skillIds: ['gov-risk'] }],
      score: { primaryPoints: { earned: 2, possible: 4 }, blockers: 1 },
    });
    expect(made.gaps).toEqual([
      {
        skillId: 'gov-audit',
        label: 'Clinical audit',
        level: 'essential',
        ask: 'Experience of clinical audit',
        unevidenced: true,
      },
      { skillId: 'gov-risk', label: 'Risk management', level: 'essential', ask: 'Risk management' },
      { skillId: 'it-excel', label: 'Excel', level: 'desirable', ask: 'Excel and risk management' },
    ]);
  });

  it("keeps the advert's words for a gap, cut short, and the date posted when the page gave it", () => {
    const long = `Experience of risk management ${'across a large and complex organisation '.repeat(6)}`;
    const report = makeReport([{ level: 'essential', text: long }], {}, { postedDate: '2026-11-01' });
    const made = makeHistoryEntry(report, testMatcher.skills, NOW);
    expect(made.postedDate).toBe('2026-11-01');
    const ask = made.gaps[0]!.ask!;
    expect(ask.length).toBeLessThanOrEqual(ASK_CHARS);
    expect(ask).toMatch(/^Experience of risk management across a large .*\S…$/);
    expect(askSample('Short enough')).toBe('Short enough');
    expect(makeHistoryEntry(makeReport(criteria), testMatcher.skills, NOW)).not.toHaveProperty('postedDate');
  });

  it('is the same entry when only its timestamps differ', () => {
    const report = makeReport(criteria);
    const a = makeHistoryEntry(report, testMatcher.skills, NOW);
    expect(sameEntry(a, makeHistoryEntry(report, testMatcher.skills, new Date('2027-01-01T00:00:00Z')))).toBe(true);
    const better = makeReport(criteria, { skills: [{ skillId: 'gov-risk', status: 'held' }] });
    expect(sameEntry(a, makeHistoryEntry(better, testMatcher.skills, NOW))).toBe(false);
  });

  it('has a stable key per address', () => {
    expect(historyKey('https://a/1')).toBe(historyKey('https://a/1'));
    expect(historyKey('https://a/1')).not.toBe(historyKey('https://a/2'));
    expect(historyKey('https://a/1')).toMatch(/^history:[0-9a-z]+$/);
  });
});

describe('the history store', () => {
  it('lists entries newest first, removes one, clears all, and leaves other data alone', async () => {
    await fakeBrowser.storage.local.set({ profile: { keep: true } });
    await saveHistoryEntry(entry(1, []), true);
    await saveHistoryEntry(entry(3, []), true);
    await saveHistoryEntry(entry(2, []), true);
    const { entries } = await loadHistory();
    expect(entries.map((e) => e.title)).toEqual(['Advert 3', 'Advert 2', 'Advert 1']);
    await removeHistoryEntry(entries[1]!.key);
    expect((await loadHistory()).entries.map((e) => e.title)).toEqual(['Advert 3', 'Advert 1']);
    await clearHistory();
    expect((await loadHistory()).entries).toEqual([]);
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({ profile: { keep: true } });
  });

  it('counts unreadable entries without showing them', async () => {
    await fakeBrowser.storage.local.set({ 'history:bad': { title: 3 } });
    await saveHistoryEntry(entry(1, []), true);
    expect(await loadHistory()).toMatchObject({ unreadable: 1, entries: [{ title: 'Advert 1' }] });
  });

  it('keeps at most the newest entries', async () => {
    const many = Object.fromEntries(
      Array.from({ length: HISTORY_LIMIT }, (_, i) => {
        const e = { ...entry(1, []), url: `u${i}`, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() };
        return [historyKey(e.url), e];
      }),
    );
    await fakeBrowser.storage.local.set(many);
    await saveHistoryEntry(entry(20, []), true);
    const { entries } = await loadHistory();
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]!.title).toBe('Advert 20');
    expect(entries.some((e) => e.url === 'u0')).toBe(false);
  });
});

describe('recurring gaps', () => {
  const coverage = (held: string[] = [], evidenced: string[] = []) =>
    profileCoverage(
      {
        ...emptyProfile(),
        skills: held.map((skillId) => ({
          skillId,
          status: 'held' as const,
          ...(evidenced.includes(skillId) ? { evidence: [{ id: 'n', situation: 'S', action: 'A', result: 'R' }] } : {}),
        })),
      },
      testMatcher.skills,
    );
  const withAsk = (e: HistoryEntry, ask: string) => ({ ...e, gaps: e.gaps.map((g) => ({ ...g, ask })) });

  it('counts a skill missing across the last ten adverts, essential ones weighing twice', () => {
    const entries = [
      ...Array.from({ length: 4 }, (_, i) => entry(i + 10, ['gov-risk'])),
      ...Array.from({ length: 5 }, (_, i) => entry(i + 20, ['it-excel'], [])),
      entry(30, ['it-excel'], []),
      entry(1, ['lead-manage']), // older than the last ten
      entry(2, ['lead-manage']),
    ];
    // Excel was missing more often (6 times), but risk management was essential each time (4 + 4).
    expect(recurringGaps(entries, coverage(), testMatcher.skills)).toEqual([
      { skillId: 'gov-risk', label: 'GOV-RISK', count: 4, essential: 4, of: 10, asks: [], action: 'add-skill' },
      { skillId: 'it-excel', label: 'IT-EXCEL', count: 6, essential: 0, of: 10, asks: [], action: 'add-skill' },
    ]);
  });

  it('keeps what the adverts asked, in their words, essential ones first and each once', () => {
    const entries = [
      withAsk(entry(1, ['gov-risk'], []), 'Some risk management'),
      withAsk(entry(2, ['gov-risk']), 'Experience of risk management'),
      withAsk(entry(3, ['gov-risk']), 'Experience of risk management'),
      withAsk(entry(4, ['gov-risk']), 'Risk management training'),
      withAsk(entry(5, ['gov-risk']), 'Managing clinical risk'),
    ];
    expect(recurringGaps(entries, coverage(), testMatcher.skills)[0]!.asks).toEqual([
      'Managing clinical risk',
      'Risk management training',
      'Experience of risk management',
    ]);
  });

  it('asks for evidence for a skill held without an example, and leaves out one with an example, and one-offs', () => {
    const entries = [
      entry(1, ['gov-risk', 'it-excel', 'gov-audit']),
      entry(2, ['gov-risk', 'gov-audit']),
      entry(3, ['gov-risk', 'gov-audit']),
    ];
    const plan = recurringGaps(entries, coverage(['gov-risk', 'gov-audit'], ['gov-audit']), testMatcher.skills);
    expect(plan.map((g) => [g.skillId, g.action])).toEqual([['gov-risk', 'add-evidence']]);
    // A registration needs no example: held, it is no gap.
    const registered = recurringGaps(
      [entry(1, ['reg-nurse']), entry(2, ['reg-nurse'])],
      coverage(['reg-nurse']),
      testMatcher.skills,
    );
    expect(registered).toEqual([]);
  });
});

describe('deadlines', () => {
  const closing = (n: number, closingDate: string | null) => ({ ...entry(n, []), closingDate });

  it('lists the adverts still open, soonest closing first, with the days left', () => {
    const now = new Date(2026, 10, 24, 15, 0);
    const list = upcomingDeadlines(
      [
        closing(1, '2026-12-20'),
        closing(2, '2026-11-23'),
        closing(3, null),
        closing(4, '2026-11-24'),
        closing(5, '2026-11-25'),
      ],
      now,
    );
    expect(list.map((d) => [d.entry.title, d.days])).toEqual([
      ['Advert 4', 0],
      ['Advert 5', 1],
      ['Advert 1', 26],
    ]);
    expect(list.map((d) => closesIn(d.days))).toEqual(['closes today', 'closes tomorrow', 'closes in 26 days']);
    expect(closesIn(-1)).toBe('closed');
  });
});
