import { describe, expect, it } from 'vitest';
import { compareWithProfile } from '../../../../src/core/compare/compare';
import { HISTORY_ENTRY_LIMITS, historyEntrySchema } from '../../../../src/core/history/history-entry';
import { canKeepInHistory, clip, makeHistoryEntry } from '../../../../src/core/history/make-entry';
import type { PersonSpec } from '../../../../src/core/model/person-spec';
import { emptyProfile } from '../../../../src/core/model/profile';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';

const NOW = new Date('2026-11-24T12:00:00Z');
const L = HISTORY_ENTRY_LIMITS;
const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
/** Thirty skills, each recognised by a word of its own ("alpha one", "bravo two"…). */
const skills = Array.from({ length: 30 }, (_, i) => ({
  id: `test-skill-${i}`,
  label: `Skill ${i} `.padEnd(150, 'x'),
  category: 'clinical' as const,
  variants: [`${words[i % 10]} ${['one', 'two', 'three'][Math.floor(i / 10)]}`],
}));
const matcher = compileTaxonomy(skills);

/**
 * A hostile advert: huge title and employer, a desirable criterion naming skills 25–29 first, then 30
 * essential criteria of 5,000 characters naming skills 0–24.
 */
function hugeAdvert(): PersonSpec {
  const named = (from: number, to: number) =>
    skills
      .slice(from, to)
      .map((s) => s.variants[0])
      .join(', ');
  return {
    site: 'nhs-jobs',
    pageKind: 'advert',
    url: 'https://www.jobs.nhs.uk/candidate/jobadvert/H1',
    title: 'T'.repeat(100_000),
    employer: 'E'.repeat(100_000),
    band: 'Band 5'.padEnd(5_000, '!'),
    closingDate: null,
    reference: 'R'.repeat(5_000),
    salary: null,
    documents: [],
    criteria: [
      { id: 'd', category: 'Skills', level: 'desirable' as const, text: named(25, 30) },
      ...Array.from({ length: 30 }, (_, i) => ({
        id: `c${i}`,
        category: 'Skills',
        level: 'essential' as const,
        text: `${named(0, 25)} ${'and more '.repeat(500)}`,
      })),
    ],
  };
}

describe('what the history keeps of an advert', () => {
  it('clips the page’s text and keeps the first blockers and gaps, essential gaps first, still counting every blocker', () => {
    const report = compareWithProfile(matchSpec(hugeAdvert(), matcher), emptyProfile(NOW), matcher.skills, NOW);
    expect(report.blockers).toHaveLength(30);
    const entry = makeHistoryEntry(report, matcher.skills, NOW);
    expect(historyEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry.title).toHaveLength(L.titleChars);
    expect(entry.title!.endsWith('…')).toBe(true);
    expect(entry.employer).toHaveLength(L.employerChars);
    expect(entry.reference).toHaveLength(L.shortChars);
    expect(entry.score.blockers).toBe(30);
    expect(entry.blockers).toHaveLength(L.blockers);
    expect(
      entry.blockers.every((b) => b.text.length <= L.blockerChars && b.skillIds.length === L.skillsPerBlocker),
    ).toBe(true);
    expect(entry.gaps).toHaveLength(L.gaps);
    expect(entry.gaps.every((g) => g.level === 'essential' && g.label.length <= L.labelChars)).toBe(true);
    expect(JSON.stringify(entry).length).toBeLessThan(12_000);
  });

  it('refuses entries over the limits when read back', () => {
    const report = compareWithProfile(matchSpec(hugeAdvert(), matcher), emptyProfile(NOW), matcher.skills, NOW);
    const entry = makeHistoryEntry(report, matcher.skills, NOW);
    expect(historyEntrySchema.safeParse({ ...entry, title: 'T'.repeat(L.titleChars + 1) }).success).toBe(false);
    expect(historyEntrySchema.safeParse({ ...entry, blockers: [...entry.blockers, entry.blockers[0]] }).success).toBe(
      false,
    );
  });

  it('does not keep an advert whose address is longer than an entry holds', () => {
    const report = compareWithProfile(matchSpec(hugeAdvert(), matcher), emptyProfile(NOW), matcher.skills, NOW);
    expect(canKeepInHistory(report)).toBe(true);
    const long = { ...report, spec: { ...report.spec, url: `https://www.jobs.nhs.uk/?q=${'x'.repeat(L.urlChars)}` } };
    expect(canKeepInHistory(long)).toBe(false);
  });

  it('clips without leaving half of a surrogate pair', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
    expect(clip('abc😀def', 5)).toBe('abc…');
  });
});
