import { describe, expect, it } from 'vitest';
import { compareWithProfile } from '../../../../src/core/compare/compare';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import type { Level } from '../../../../src/core/model/criterion';
import { emptyProfile, type Profile, type ProfileSkill } from '../../../../src/core/model/profile';
import type { SkillDefinition } from '../../../../src/core/model/skill';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { specOf } from '../../support/spec-of';

const SKILLS: SkillDefinition[] = [
  { id: 'reg-any', label: 'Registration', category: 'registration', variants: ['professional registration'] },
  { id: 'reg-nurse', label: 'Nurse', category: 'registration', implies: ['reg-any'], variants: ['registered nurse'] },
  { id: 'reg-hcpc', label: 'HCPC', category: 'registration', implies: ['reg-any'], variants: ['HCPC registration'] },
  {
    id: 'qual-mgmt',
    label: 'Management qualification',
    category: 'qualification',
    variants: ['management qualification'],
  },
  { id: 'qual-ilm', label: 'ILM', category: 'qualification', broader: ['qual-mgmt'], variants: ['ILM'] },
  { id: 'gov-audit', label: 'Clinical audit', category: 'governance', variants: ['clinical audit'] },
  { id: 'gov-risk', label: 'Risk management', category: 'governance', variants: ['risk management'] },
  { id: 'qual-masters', label: 'Masters', category: 'qualification', variants: ['masters degree'] },
  {
    id: 'exp-post-reg',
    label: 'Post-registration experience',
    category: 'experience',
    variants: ['post-registration experience'],
  },
  {
    id: 'other-right-to-work',
    label: 'Right to work',
    category: 'other',
    kind: 'condition',
    variants: ['right to work'],
  },
];
const matcher = compileTaxonomy(SKILLS);
const NOW = new Date('2026-11-24T12:00:00Z');

function report(criteria: Array<[Level, string]>, skills: Array<Partial<ProfileSkill> & { skillId: string }>) {
  // Every skill comes with an evidence note unless the test says otherwise: "met" means evidenced.
  const profile: Profile = {
    ...emptyProfile(NOW),
    skills: skills.map((s) => ({ status: 'held', evidence: [note(s.skillId)], ...s })),
  };
  return compareWithProfile(matchSpec(specOf(criteria), matcher), profile, matcher.skills, NOW);
}
const statuses = (r: ReturnType<typeof report>) => r.criteria.map((c) => c.status);
function note(skillId: string) {
  return { id: `note-${skillId}`, situation: `When ${skillId} mattered`, action: 'I acted', result: 'It worked' };
}

describe('compareWithProfile', () => {
  it('marks met, missing and not-a-skill, and lists missing essentials as blockers', () => {
    const r = report(
      [
        ['essential', 'Experience of clinical audit'],
        ['essential', 'Risk management experience'],
        ['desirable', 'Risk management training'],
        ['essential', 'Able to work nights'],
      ],
      [{ skillId: 'gov-audit' }],
    );
    expect(statuses(r)).toEqual(['met', 'missing', 'missing', 'not-a-skill']);
    expect(r.blockers.map((b) => b.criterion.id)).toEqual(['c1']);
    expect(r.counts.essential).toEqual({ total: 3, met: 1, notEvidenced: 0, partial: 0, missing: 1, notASkill: 1 });
    expect(r.counts.desirable).toEqual({ total: 1, met: 0, notEvidenced: 0, partial: 0, missing: 1, notASkill: 0 });
  });

  it('needs every skill of a criterion; some of them is partial', () => {
    const r = report([['essential', 'Clinical audit and risk management']], [{ skillId: 'gov-audit' }]);
    expect(statuses(r)).toEqual(['partial']);
    expect(r.blockers).toEqual([]);
  });

  it('needs only one of several alternatives', () => {
    const r = report([['essential', 'Registered nurse or HCPC registration']], [{ skillId: 'reg-hcpc' }]);
    expect(statuses(r)).toEqual(['met']);
  });

  it('fully satisfies a general skill with a specific one that implies it', () => {
    const r = report([['essential', 'Professional registration']], [{ skillId: 'reg-nurse' }]);
    expect(statuses(r)).toEqual(['met']);
    expect(r.criteria[0]!.skills).toEqual([{ skillId: 'reg-any', satisfied: 'held', via: 'reg-nurse' }]);
  });

  it('counts a broader link as partial, and never the other way round', () => {
    expect(statuses(report([['essential', 'A management qualification']], [{ skillId: 'qual-ilm' }]))).toEqual([
      'partial',
    ]);
    expect(statuses(report([['essential', 'ILM award']], [{ skillId: 'qual-mgmt' }]))).toEqual(['missing']);
  });

  it('treats "working towards" in the profile as met only where the advert accepts it', () => {
    const towards = [{ skillId: 'qual-masters', status: 'working-towards' as const }];
    expect(statuses(report([['desirable', 'Masters degree']], towards))).toEqual(['partial']);
    expect(statuses(report([['desirable', 'Masters degree or working towards one']], towards))).toEqual(['met']);
  });

  it('does not make "willing to undertake" criteria blockers', () => {
    const r = report([['essential', 'Willing to undertake a masters degree']], []);
    expect(statuses(r)).toEqual(['partial']);
    expect(r.blockers).toEqual([]);
  });

  it('ignores negated skills and conditions of employment', () => {
    expect(statuses(report([['essential', 'Clinical audit not required']], []))).toEqual(['not-a-skill']);
    expect(statuses(report([['essential', 'The right to work in the UK']], []))).toEqual(['not-a-skill']);
  });

  it('checks a required duration against when the profile skill was gained', () => {
    const criterion: Array<[Level, string]> = [['essential', '2 years post-registration experience']];
    expect(statuses(report(criterion, [{ skillId: 'exp-post-reg', since: '2020-01-01' }]))).toEqual(['met']);
    expect(statuses(report(criterion, [{ skillId: 'exp-post-reg', since: '2026-01-01' }]))).toEqual(['partial']);
  });

  it('marks a criterion met by a skill without an evidence note as not evidenced, and names the skill', () => {
    const r = report(
      [
        ['essential', 'Experience of clinical audit'],
        ['essential', 'Clinical audit and risk management'],
      ],
      [{ skillId: 'gov-audit', evidence: [] }, { skillId: 'gov-risk' }],
    );
    expect(statuses(r)).toEqual(['not-evidenced', 'not-evidenced']);
    expect(r.criteria.map((c) => c.needsEvidence)).toEqual([['gov-audit'], ['gov-audit']]);
    expect(r.counts.essential).toMatchObject({ met: 0, notEvidenced: 2 });
    expect(r.blockers).toEqual([]);
  });

  it('does not ask for notes on registrations and qualifications, nor on what they imply', () => {
    const r = report(
      [
        ['essential', 'Registered nurse'],
        ['essential', 'Professional registration'],
        ['essential', 'Masters degree'],
      ],
      [
        { skillId: 'reg-nurse', evidence: [] },
        { skillId: 'qual-masters', evidence: [] },
      ],
    );
    expect(statuses(r)).toEqual(['met', 'met', 'met']);
  });

  it('prefers an evidenced alternative when either would meet the criterion', () => {
    const r = report(
      [['essential', 'Clinical audit or risk management']],
      [{ skillId: 'gov-audit', evidence: [] }, { skillId: 'gov-risk' }],
    );
    expect(statuses(r)).toEqual(['met']);
  });

  it('collects the notes of every profile skill that speaks to a criterion, partial ones included', () => {
    const r = report(
      [['essential', 'Clinical audit and a management qualification']],
      [{ skillId: 'gov-audit' }, { skillId: 'qual-ilm' }],
    );
    expect(statuses(r)).toEqual(['partial']);
    expect(r.criteria[0]!.evidence).toEqual([
      { skillId: 'gov-audit', note: note('gov-audit') },
      { skillId: 'qual-ilm', note: note('qual-ilm') },
    ]);
  });

  it('ignores empty notes', () => {
    const empty = { id: 'n', situation: ' ', action: '', result: '' };
    const r = report([['essential', 'Clinical audit']], [{ skillId: 'gov-audit', evidence: [empty] }]);
    expect(statuses(r)).toEqual(['not-evidenced']);
    expect(r.criteria[0]!.evidence).toEqual([]);
  });
});
