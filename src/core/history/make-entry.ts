import { heldCount } from '../compare/compare';
import type { Report } from '../model/report';
import type { Skill } from '../model/skill';
import type { HistoryEntry } from './history-entry';

/** A report → its history entry. `firstSeen` is kept from an earlier entry for the same advert. */
export function makeHistoryEntry(
  report: Report,
  skills: ReadonlyMap<string, Skill>,
  now: Date,
  firstSeen: string = now.toISOString(),
): HistoryEntry {
  const { spec } = report;
  const gaps = new Map<string, HistoryEntry['gaps'][number]>();
  for (const item of report.criteria) {
    for (const verdict of item.skills) {
      if (verdict.satisfied !== 'no') continue;
      const level = item.criterion.level;
      const known = gaps.get(verdict.skillId);
      // A skill missing from an essential criterion counts as an essential gap.
      if (known && (known.level === 'essential' || level !== 'essential')) continue;
      gaps.set(verdict.skillId, {
        skillId: verdict.skillId,
        label: skills.get(verdict.skillId)?.label ?? verdict.skillId,
        level,
      });
    }
  }
  return {
    version: 1,
    url: spec.url,
    title: spec.title,
    employer: spec.employer,
    band: spec.band,
    closingDate: spec.closingDate,
    reference: spec.reference,
    firstSeen,
    updatedAt: now.toISOString(),
    score: report.score,
    essential: { total: report.counts.essential.total, held: heldCount(report.counts.essential) },
    blockers: report.blockers.map((b) => ({
      text: b.criterion.text,
      skillIds: b.skills.filter((s) => s.satisfied === 'no').map((s) => s.skillId),
    })),
    gaps: [...gaps.values()],
  };
}

/** Whether two entries differ in anything but their timestamps (nothing to write otherwise). */
export function sameEntry(a: HistoryEntry, b: HistoryEntry): boolean {
  const strip = ({ updatedAt: _u, firstSeen: _f, ...rest }: HistoryEntry) => JSON.stringify(rest);
  return strip(a) === strip(b);
}
