import { describe, expect, it } from 'vitest';
import { profileHoldings } from '../../../../src/core/compare/holdings';
import { compareWithProfile } from '../../../../src/core/compare/compare';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { specOf } from '../../support/spec-of';

const note = (id: string) => ({ id, situation: 'S', action: 'A', result: 'R' });
const profile: Profile = {
  ...emptyProfile(),
  skills: [
    { skillId: 'gov-audit', status: 'working-towards', since: '2022-01-01', evidence: [note('a')] },
    { skillId: 'qual-masters', status: 'held' },
  ],
  registrations: [
    { id: 'r1', body: 'NMC', number: '12A', skillId: 'reg-nurse' },
    { id: 'r2', body: 'Other' },
  ],
  qualifications: [
    { id: 'q1', title: 'MSc Advanced Practice', status: 'held', year: 2020, skillId: 'qual-masters' },
    { id: 'q2', title: 'Audit course', status: 'held', year: 2019, skillId: 'gov-audit' },
    { id: 'q3', title: 'PhD', status: 'working-towards', skillId: 'qual-phd' },
  ],
};

describe('profile holdings', () => {
  it('merges the skill list, registrations and qualifications: held wins, the earliest date, every note', () => {
    const holdings = profileHoldings(profile);
    expect(holdings.get('gov-audit')).toEqual({
      skillId: 'gov-audit',
      status: 'held',
      since: '2019-07-01',
      notes: [note('a')],
      recorded: true,
    });
    expect(holdings.get('reg-nurse')).toMatchObject({ status: 'held', recorded: true });
    expect(holdings.get('qual-phd')).toEqual({
      skillId: 'qual-phd',
      status: 'working-towards',
      notes: [],
      recorded: false,
    });
    expect(holdings.has('Other')).toBe(false);
  });

  it('lets a registration record meet a criterion with no skill entry and no note', () => {
    const matcher = compileTaxonomy([
      { id: 'reg-nurse', label: 'Registered nurse', category: 'registration', variants: ['registered nurse'] },
      { id: 'comm-x', label: 'Counselling', category: 'communication', variants: ['counselling'] },
    ]);
    const spec = specOf(['Registered nurse']);
    const withRecordOnly: Profile = {
      ...emptyProfile(),
      registrations: [{ id: 'r', body: 'NMC', skillId: 'reg-nurse' }],
    };
    expect(compareWithProfile(matchSpec(spec, matcher), withRecordOnly, matcher.skills).criteria[0]!.status).toBe(
      'met',
    );
  });
});
