import type { ProfileCoverage } from '../compare/profile-coverage';
import type { HistoryEntry } from './history-entry';

export type RecurringGap = {
  skillId: string;
  label: string;
  /** In how many of the adverts looked at the skill was missing, and in how many as an essential. */
  count: number;
  essential: number;
  /** How many adverts were looked at. */
  of: number;
};

/**
 * Skills missing across the most recent adverts, most frequent first: "missing in 7 of your last 10
 * adverts". Skills the profile has gained since are left out, and so are one-offs.
 */
export function recurringGaps(
  entries: readonly HistoryEntry[],
  coverage: ProfileCoverage,
  { last = 10, minimum = 2 }: { last?: number; minimum?: number } = {},
): RecurringGap[] {
  const recent = [...entries].sort((a, b) => b.firstSeen.localeCompare(a.firstSeen)).slice(0, last);
  const gaps = new Map<string, RecurringGap>();
  for (const entry of recent) {
    for (const gap of entry.gaps) {
      const known = gaps.get(gap.skillId) ?? {
        skillId: gap.skillId,
        label: gap.label,
        count: 0,
        essential: 0,
        of: recent.length,
      };
      known.count++;
      if (gap.level === 'essential') known.essential++;
      gaps.set(gap.skillId, known);
    }
  }
  return [...gaps.values()]
    .filter((g) => g.count >= minimum && coverage.verdict(g.skillId).satisfied === 'no')
    .sort((a, b) => b.count - a.count || b.essential - a.essential || a.label.localeCompare(b.label));
}
