import { heldCount } from '../compare/compare';
import type { Report } from '../model/report';
import type { Skill } from '../model/skill';
import { ASK_CHARS, type HistoryEntry } from './history-entry';

type Gap = HistoryEntry['gaps'][number];

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
  return {
    version: 1,
    url: spec.url,
    title: spec.title,
    employer: spec.employer,
    band: spec.band,
    closingDate: spec.closingDate,
    ...(spec.postedDate ? { postedDate: spec.postedDate } : {}),
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
