import { needsNote } from '../compare/evidence';
import type { ProfileCoverage } from '../compare/profile-coverage';
import type { Skill } from '../model/skill';
import type { HistoryEntry } from './history-entry';

export type RecurringGap = {
  skillId: string;
  label: string;
  /** In how many of the adverts looked at the skill was a gap, and in how many as an essential. */
  count: number;
  essential: number;
  /** How many adverts were looked at. */
  of: number;
  /** What the adverts asked, in their own words: up to three different samples, essential ones first. */
  asks: string[];
  /**
   * What would close it now: add the skill if you have it, or write up an example for a skill the
   * profile holds without one.
   */
  action: 'add-skill' | 'add-evidence';
};

const MOST_ASKS = 3;

type Tally = Pick<RecurringGap, 'skillId' | 'label' | 'count' | 'essential'> & {
  essentialAsks: string[];
  otherAsks: string[];
};

/**
 * The plan for gaps that keep coming back across the most recent adverts, weighted by how often they
 * were essential (a gap counts once, and once more when essential): "missing in 7 of your last 10
 * adverts". Judged against the profile as it is now: a skill gained since, with an example where one
 * is needed, is left out; so are one-offs.
 */
export function recurringGaps(
  entries: readonly HistoryEntry[],
  coverage: ProfileCoverage,
  skills: ReadonlyMap<string, Skill>,
  { last = 10, minimum = 2 }: { last?: number; minimum?: number } = {},
): RecurringGap[] {
  const recent = [...entries].sort((a, b) => b.firstSeen.localeCompare(a.firstSeen)).slice(0, last);
  const gaps = new Map<string, Tally>();
  for (const entry of recent) {
    for (const gap of entry.gaps) {
      let tally = gaps.get(gap.skillId);
      if (!tally) {
        tally = { skillId: gap.skillId, label: gap.label, count: 0, essential: 0, essentialAsks: [], otherAsks: [] };
        gaps.set(gap.skillId, tally);
      }
      tally.count++;
      if (gap.level === 'essential') tally.essential++;
      const asks = gap.level === 'essential' ? tally.essentialAsks : tally.otherAsks;
      if (gap.ask && !asks.includes(gap.ask)) asks.push(gap.ask);
    }
  }
  const plan: RecurringGap[] = [];
  for (const { essentialAsks, otherAsks, ...gap } of gaps.values()) {
    if (gap.count < minimum) continue;
    const verdict = coverage.verdict(gap.skillId);
    const held = verdict.satisfied === 'held' || verdict.satisfied === 'working-towards';
    if (held && !needsNote(verdict, coverage, skills)) continue;
    plan.push({
      ...gap,
      of: recent.length,
      asks: [...essentialAsks, ...otherAsks.filter((a) => !essentialAsks.includes(a))].slice(0, MOST_ASKS),
      action: held ? 'add-evidence' : 'add-skill',
    });
  }
  const weight = (g: RecurringGap) => g.count + g.essential;
  return plan.sort((a, b) => weight(b) - weight(a) || b.count - a.count || a.label.localeCompare(b.label));
}
