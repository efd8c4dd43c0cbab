import { canKeepInHistory, makeHistoryEntry, sameEntry } from '../core/history/make-entry';
import type { Report } from '../core/model/report';
import type { Skill } from '../core/model/skill';
import { loadHistoryEntry, saveHistoryEntry } from '../storage/history-store';

/**
 * Keeps the advert in the local history (title, employer, band, closing date, score, blockers,
 * gaps). A page just opened is added; a later analysis of the same page (the profile changed) only
 * updates its entry, so an advert the user removed while it is open is not added back behind their back.
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
  if (last && sameEntry(last, entry)) return;
  await saveHistoryEntry(entry, last === null);
}
