import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeSnapshot } from '../../../src/core/history/advert-snapshot';
import { historyKey, type HistoryEntry } from '../../../src/core/history/history-entry';
import { clearHistory, loadHistory, removeHistoryEntry, saveHistoryEntry } from '../../../src/storage/history-store';
import {
  loadSnapshot,
  saveSnapshot,
  SNAPSHOT_LIMIT,
  snapshotKey,
  snapshotKeyOfHistory,
} from '../../../src/storage/snapshot-store';
import { specOf } from '../support/spec-of';

const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 12, minute));
const copy = (texts: string[], description: string, minute = 0, url = ADVERT) =>
  makeSnapshot(specOf(texts, { url }), description, at(minute));
const entry = (url: string): HistoryEntry => ({
  version: 1,
  url,
  title: 'Staff Nurse',
  employer: null,
  band: null,
  closingDate: null,
  reference: null,
  firstSeen: at(0).toISOString(),
  updatedAt: at(0).toISOString(),
  score: {
    primary: 'essential',
    primaryPoints: { earned: 0, possible: 0 },
    desirablePoints: { earned: 0, possible: 0 },
    blockers: 0,
  },
  essential: { total: 0, held: 0 },
  blockers: [],
  gaps: [],
});

describe("adverts' kept copies", () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a copy under its history entry’s name, and gives it back', async () => {
    await saveSnapshot(copy(['Clinical audit'], 'The job'), true);
    expect(snapshotKeyOfHistory(historyKey(ADVERT))).toBe(snapshotKey(ADVERT));
    expect(await loadSnapshot(historyKey(ADVERT))).toMatchObject({
      description: 'The job',
      spec: { criteria: [{ text: 'Clinical audit' }] },
    });
    expect(await loadSnapshot(historyKey('https://elsewhere/1'))).toBeNull();
  });

  it('keeps the description it had when the page was not read again, and writes nothing when nothing changed', async () => {
    await saveSnapshot(copy(['Clinical audit'], 'The job', 0), true);
    await saveSnapshot(copy(['Clinical audit', 'Risk management'], '', 5), false);
    const kept = await loadSnapshot(historyKey(ADVERT));
    expect(kept).toMatchObject({ description: 'The job', savedAt: at(5).toISOString() });
    expect(kept!.spec.criteria).toHaveLength(2);
    await saveSnapshot(copy(['Clinical audit', 'Risk management'], 'The job', 9), true);
    expect((await loadSnapshot(historyKey(ADVERT)))!.savedAt).toBe(at(5).toISOString());
  });

  it('is listed with its entry, and removed with it or with the whole history', async () => {
    await saveHistoryEntry(entry(ADVERT), true);
    await saveHistoryEntry(entry('https://x/2'), true);
    await saveSnapshot(copy(['Clinical audit'], 'The job'), true);
    expect((await loadHistory()).entries.map((e) => [e.url, e.kept])).toEqual(
      expect.arrayContaining([
        [ADVERT, true],
        ['https://x/2', false],
      ]),
    );
    await removeHistoryEntry(historyKey(ADVERT));
    expect(await loadSnapshot(historyKey(ADVERT))).toBeNull();
    await saveSnapshot(copy(['Clinical audit'], 'The job', 0, 'https://x/2'), true);
    await clearHistory();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps only the most recent copies', async () => {
    const many = Object.fromEntries(
      Array.from({ length: SNAPSHOT_LIMIT }, (_, i) => [
        snapshotKey(`u${i}`),
        copy(['Clinical audit'], 'old', i % 50, `u${i}`),
      ]),
    );
    await fakeBrowser.storage.local.set(many);
    await saveSnapshot(copy(['Clinical audit'], 'new', 59, 'https://x/new'), true);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys).toHaveLength(SNAPSHOT_LIMIT);
    expect(keys).toContain(snapshotKey('https://x/new'));
  });
});
