import { heldCount } from '../compare/compare';
import type { Report } from '../model/report';
import type { Skill } from '../model/skill';
import { HISTORY_ENTRY_LIMITS as L, type HistoryEntry } from './history-entry';

/** The text's first `max` characters, ending in "…" when it was longer (a lone surrogate is not left at the end). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
const clipOrNull = (text: string | null, max: number) => (text === null ? null : clip(text, max));

/** Whether an advert can be kept in the history: its address is the entry's key, so it is never clipped. */
export const canKeepInHistory = (report: Report): boolean => report.spec.url.length <= L.urlChars;

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
  // Essential gaps first, so the ones kept are the ones that block.
  const kept = [...gaps.values()]
    .sort((a, b) => Number(b.level === 'essential') - Number(a.level === 'essential'))
    .slice(0, L.gaps);
  return {
    version: 1,
    url: spec.url,
    title: clipOrNull(spec.title, L.titleChars),
    employer: clipOrNull(spec.employer, L.employerChars),
    band: clipOrNull(spec.band, L.shortChars),
    closingDate: clipOrNull(spec.closingDate, L.shortChars),
    reference: clipOrNull(spec.reference, L.shortChars),
    firstSeen,
    updatedAt: now.toISOString(),
    score: report.score,
    essential: { total: report.counts.essential.total, held: heldCount(report.counts.essential) },
    blockers: report.blockers.slice(0, L.blockers).map((b) => ({
      text: clip(b.criterion.text, L.blockerChars),
      skillIds: b.skills
        .filter((s) => s.satisfied === 'no')
        .map((s) => s.skillId)
        .slice(0, L.skillsPerBlocker),
    })),
    gaps: kept.map((gap) => ({ ...gap, label: clip(gap.label, L.labelChars) })),
  };
}

/** Whether two entries differ in anything but their timestamps (nothing to write otherwise). */
export function sameEntry(a: HistoryEntry, b: HistoryEntry): boolean {
  const strip = ({ updatedAt: _u, firstSeen: _f, ...rest }: HistoryEntry) => JSON.stringify(rest);
  return strip(a) === strip(b);
}
