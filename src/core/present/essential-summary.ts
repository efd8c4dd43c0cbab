import type { HistoryEntry } from '../history/history-entry';
import type { Report } from '../model/report';

/** Said wherever a score would read "0 of 0": nothing was found that shortlisting turns on. */
export const NO_ESSENTIAL_CRITERIA = 'No essential criteria found';
export const READ_IT_YOURSELF = 'read the advert yourself';

/**
 * Whether the report has nothing to score: no essential criterion and no unmarked one (an advert read
 * as free text that found only desirable criteria, for example). "0 of 0 met" would look like a result.
 */
export const nothingToScore = (report: Report): boolean =>
  (report.score.primary === 'essential' ? report.counts.essential : report.counts.unspecified).total === 0;

/** A history entry's score in words, as the popup says it: "3 of 5 essential met · 2 blockers", never "0 of 0". */
export function historyScore(entry: Pick<HistoryEntry, 'essential' | 'blockers'>): { score: string; blockers: string } {
  const { held, total } = entry.essential;
  if (total === 0) return { score: NO_ESSENTIAL_CRITERIA, blockers: READ_IT_YOURSELF };
  const n = entry.blockers.length;
  return {
    score: `${held} of ${total} essential met`,
    blockers: n === 0 ? 'no blockers' : `${n} blocker${n === 1 ? '' : 's'}`,
  };
}
