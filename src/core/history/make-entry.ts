import { heldCount } from '../compare/held-count';
import type { Report } from '../model/report';
import type { Skill } from '../model/skill';
import { ASK_CHARS, HISTORY_ENTRY_LIMITS as L, type HistoryEntry } from './history-entry';

type Gap = HistoryEntry['gaps'][number];

/** The text's first `max` characters, ending in "…" when it was longer (a lone surrogate is not left at the end). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
const clipOrNull = (text: string | null, max: number) => (text === null ? null : clip(text, max));

/** Whether an advert can be kept in the history: its address is the entry's key, so it is never clipped. */
export const canKeepInHistory = (report: Report): boolean => report.spec.url.length <= L.urlChars;

/** The start of a criterion's text, cut at a word when it is longer than a gap keeps. */
export function askSample(text: string, max = ASK_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, space > max / 2 ? space : max - 1)}…`;
}

/** A report → its history entry. `firstSeen` is kept from an earlier entry for the same advert. */
export function makeHistoryEntry(
  report: Report,
  skills: ReadonlyMap<string, Skill>,
  now: Date,
  firstSeen: string = now.toISOString(),
): HistoryEntry {
  const { spec } = report;
  const gaps = new Map<string, Gap>();
  const note = (skillId: string, level: Gap['level'], text: string, unevidenced: boolean) => {
    const known = gaps.get(skillId);
    // A skill missing from an essential criterion counts as an essential gap, with that criterion's words.
    if (known && (known.level === 'essential' || level !== 'essential')) return;
    gaps.set(skillId, {
      skillId,
      label: skills.get(skillId)?.label ?? skillId,
      level,
      ask: askSample(text),
      ...(unevidenced ? { unevidenced: true as const } : {}),
    });
  };
  for (const item of report.criteria) {
    const { level, text } = item.criterion;
    for (const verdict of item.skills) if (verdict.satisfied === 'no') note(verdict.skillId, level, text, false);
    for (const skillId of item.needsEvidence ?? []) note(skillId, level, text, true);
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
    ...(spec.postedDate ? { postedDate: clip(spec.postedDate, L.shortChars) } : {}),
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
