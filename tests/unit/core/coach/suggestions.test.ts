import { describe, expect, it } from 'vitest';
import { profileReviewLookup, reviewProfile } from '../../../../src/core/coach/profile-reviews';
import { shortlist } from '../../../../src/core/coach/shortlisting';
import { suggestLinks } from '../../../../src/core/coach/suggestions';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { linkEvidenceNote } from '../../../../src/core/profile/link-evidence';
import { makeReport, testMatcher, type TestCriterion } from '../../support/make-report';

const NOW = new Date('2026-11-24T12:00:00Z');
// Kept under Clinical audit; it names risk management too.
const falls = {
  id: 'falls',
  situation: 'Falls on our 28-bed medical ward had risen over the winter, above the trust average.',
  action: 'I led a clinical audit of every fall and wrote the risk management plan for the night shift.',
  result: 'Falls fell from twelve a month to four within six months.',
};
const criteria: TestCriterion[] = [
  { level: 'essential', text: 'Experience of clinical audit' },
  { level: 'essential', text: 'Risk management' },
  { level: 'essential', text: 'Line management' },
];

function coach(profile: Profile) {
  const report = makeReport(criteria, profile, {}, NOW);
  const reviewOf = profileReviewLookup(profile, reviewProfile(profile, testMatcher));
  const view = shortlist(report, profile, testMatcher.skills, reviewOf, NOW);
  return { view, suggestions: suggestLinks(report, view, profile, testMatcher.skills, reviewOf) };
}

const base: Profile = {
  ...emptyProfile(NOW),
  skills: [
    { skillId: 'gov-audit', status: 'held', evidence: [falls] },
    { skillId: 'gov-risk', status: 'held' },
    { skillId: 'lead-manage', status: 'held' },
  ],
};

describe('examples that fit criteria they are not linked to', () => {
  it('suggests an example that names a criterion’s skill, kept under another skill', () => {
    const { view, suggestions } = coach(base);
    expect([...view.criteria.values()].map((c) => c.score)).toEqual([2, 1, 1]);
    expect(suggestions).toEqual([
      { criterionId: 'c2', skillId: 'gov-risk', from: { skillId: 'gov-audit', noteId: 'falls' } },
    ]);
  });

  it('links it with one edit: the criterion goes from 1 to 2, and the suggestion goes', () => {
    const linked = linkEvidenceNote(base, { skillId: 'gov-audit', noteId: 'falls' }, 'gov-risk', 'note-copy', NOW);
    const risk = linked.skills.find((s) => s.skillId === 'gov-risk')!;
    expect(risk.evidence).toEqual([
      {
        id: 'note-copy',
        situation: falls.situation,
        action: falls.action,
        result: falls.result,
        updatedAt: NOW.toISOString(),
      },
    ]);
    const { view, suggestions } = coach(linked);
    expect(view.criteria.get('c2')!.score).toBe(2);
    expect(suggestions).toEqual([]);
    // Linking again changes nothing.
    expect(linkEvidenceNote(linked, { skillId: 'gov-audit', noteId: 'falls' }, 'gov-risk', 'other', NOW)).toBe(linked);
  });

  it('adds the skill when the profile lacks it, the user having said the example shows it', () => {
    const without: Profile = { ...base, skills: base.skills.filter((s) => s.skillId !== 'gov-risk') };
    const { suggestions } = coach(without);
    expect(suggestions).toEqual([
      { criterionId: 'c2', skillId: 'gov-risk', from: { skillId: 'gov-audit', noteId: 'falls' } },
    ]);
    const linked = linkEvidenceNote(without, suggestions[0]!.from, 'gov-risk', 'note-copy', NOW);
    expect(linked.skills.find((s) => s.skillId === 'gov-risk')).toMatchObject({
      status: 'held',
      evidence: [{ id: 'note-copy' }],
    });
  });

  it('suggests only complete examples, and nothing for a gone example', () => {
    const weOnly = { ...falls, action: falls.action.replace('I led', 'We led') };
    const incomplete: Profile = {
      ...base,
      skills: [{ ...base.skills[0]!, evidence: [weOnly] }, ...base.skills.slice(1)],
    };
    expect(coach(incomplete).suggestions).toEqual([]);
    expect(linkEvidenceNote(base, { skillId: 'gov-audit', noteId: 'gone' }, 'gov-risk', 'x', NOW)).toBe(base);
  });
});
