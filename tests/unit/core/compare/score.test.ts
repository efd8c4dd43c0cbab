import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileReviewLookup, reviewProfile } from '../../../../src/core/coach/profile-reviews';
import { shortlist } from '../../../../src/core/coach/shortlisting';
import { compareWithProfile } from '../../../../src/core/compare/compare';
import { compareScores } from '../../../../src/core/compare/score';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import type { Level } from '../../../../src/core/model/criterion';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import type { Score } from '../../../../src/core/model/report';
import type { SkillDefinition } from '../../../../src/core/model/skill';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { specOf } from '../../support/spec-of';

const SKILLS: SkillDefinition[] = [
  { id: 'gov-audit', label: 'Clinical audit', category: 'governance', variants: ['clinical audit'] },
  { id: 'gov-risk', label: 'Risk management', category: 'governance', variants: ['risk management'] },
  { id: 'comm-team', label: 'Team working', category: 'communication', variants: ['team working'] },
  { id: 'it-excel', label: 'Excel', category: 'it', variants: ['excel'] },
];
const matcher = compileTaxonomy(SKILLS);
const NOW = new Date('2026-11-24T12:00:00Z');
const note = { id: 'n', situation: 'S', action: 'A', result: 'R' };
const profile: Profile = {
  ...emptyProfile(NOW),
  skills: [
    { skillId: 'gov-audit', status: 'held', evidence: [note] },
    { skillId: 'comm-team', status: 'held' },
  ],
};

function score(criteria: Array<[Level, string]>, p = profile): Score {
  return reportOf(criteria, p).score;
}

/** The shortlister's view: each criterion's 0–2 and the essential points. */
function shortlisting(criteria: Array<[Level, string]>, p = profile) {
  const view = shortlist(
    reportOf(criteria, p),
    p,
    matcher.skills,
    profileReviewLookup(p, reviewProfile(p, matcher)),
    NOW,
  );
  return { scores: [...view.criteria.values()].map((c) => c.score), points: view.points };
}

function reportOf(criteria: Array<[Level, string]>, p: Profile) {
  return compareWithProfile(matchSpec(specOf(criteria), matcher), p, matcher.skills, NOW);
}

describe('the score', () => {
  it('counts each criterion by its status: met and met-without-evidence 2, partly 1, missing 0; unchecked criteria not at all', () => {
    const s = score([
      ['essential', 'Clinical audit'],
      ['essential', 'Team working'],
      ['essential', 'Clinical audit and risk management'],
      ['essential', 'Risk management'],
      ['essential', 'Able to work nights'],
      ['desirable', 'Excel'],
    ]);
    expect(s).toEqual({
      primary: 'essential',
      primaryPoints: { earned: 5, possible: 8 },
      desirablePoints: { earned: 0, possible: 2 },
      blockers: 1,
    });
  });

  it('scores unmarked criteria when an advert marks none essential', () => {
    expect(score([['unspecified', 'Clinical audit']])).toMatchObject({
      primary: 'unspecified',
      primaryPoints: { earned: 2, possible: 2 },
    });
  });

  it('cannot be raised by repeating words in the advert or in the notes', () => {
    const base: Array<[Level, string]> = [
      ['essential', 'Clinical audit'],
      ['essential', 'Risk management'],
      ['desirable', 'Excel'],
    ];
    const baseline = score(base);
    const baselineView = shortlisting(base);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.constantFrom('clinical audit', 'risk management', 'excel', 'team working'), { maxLength: 12 }),
        (times, which, words) => {
          // A criterion repeating its own words ("clinical audit, clinical audit, …") is still one criterion.
          const repeated = base.map(([level, text], i): [Level, string] => [
            level,
            i === which
              ? Array(times + 1)
                  .fill(text)
                  .join(', ')
              : text,
          ]);
          expect(score(repeated)).toEqual(baseline);
          // Notes stuffed with the advert's keywords do not make a skill the profile lacks.
          const stuffed: Profile = {
            ...profile,
            skills: profile.skills.map((s) => ({ ...s, evidence: [{ ...note, action: words.join(' ') || 'A' }] })),
          };
          expect(score(base, stuffed)).toEqual(baseline);
          // Nor an example a shortlister would score: keywords in every box, with the advert's "and" and an
          // "I" or "we" between them, never reach 2.
          const glue = (i: number) => ['and', 'I', 'we'][i % 3];
          const salad = words.flatMap((w, i) => [w, glue(i)]).join(' ') || 'A';
          const everyBox: Profile = {
            ...profile,
            skills: profile.skills.map((s) => ({
              ...s,
              evidence: [{ ...note, situation: salad, action: salad, result: salad }],
            })),
          };
          const stuffedView = shortlisting(base, everyBox);
          expect(stuffedView.points.earned).toBeLessThanOrEqual(baselineView.points.earned);
          expect(stuffedView.scores.every((s) => s < 2)).toBe(true);
        },
      ),
    );
  });

  it('orders adverts by blockers, then essential coverage, then desirable coverage', () => {
    const s = (blockers: number, e: number, d: number): Score => ({
      primary: 'essential',
      primaryPoints: { earned: e, possible: 10 },
      desirablePoints: { earned: d, possible: 10 },
      blockers,
    });
    const sorted = [s(1, 10, 10), s(0, 6, 10), s(0, 8, 0), s(0, 8, 4)].sort(compareScores);
    expect(sorted).toEqual([s(0, 8, 4), s(0, 8, 0), s(0, 6, 10), s(1, 10, 10)]);
  });
});
