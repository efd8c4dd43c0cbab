import { makeSnapshot } from '../core/history/advert-snapshot';
import { canKeepInHistory, makeHistoryEntry, sameEntry } from '../core/history/make-entry';
import type { Report } from '../core/model/report';
import type { Skill } from '../core/model/skill';
import { loadHistoryEntry, saveHistoryEntry } from '../storage/history-store';
import { saveSnapshot } from '../storage/snapshot-store';

/**
 * Keeps the advert in the local history (title, employer, band, dates, score, blockers, gaps) with a
 * copy of the advert (details, person specification, job description) to read once it is gone. A page
 * just opened is added; a later analysis of the same page (the profile changed) only updates its
 * entry, so an advert the user removed while it is open is not added back behind their back.
 * The copy keeps the page's text it had; the tab sends the text afresh after (keep-page-text).
 */
export async function recordInHistory(
  report: Report,
  skills: ReadonlyMap<string, Skill>,
  reason: 'opened' | 'changed',
  now = new Date(),
): Promise<void> {
  if (!canKeepInHistory(report)) return;
  const last = await loadHistoryEntry(report.spec.url);
  if (!last && reason === 'changed') return;
  const entry = makeHistoryEntry(report, skills, now, last?.firstSeen);
  if (!last || !sameEntry(last, entry)) await saveHistoryEntry(entry, last === null);
  const spec = { ...report.spec, criteria: report.criteria.map((c) => c.criterion) };
  await saveSnapshot(makeSnapshot(spec, '', now), false);
}
