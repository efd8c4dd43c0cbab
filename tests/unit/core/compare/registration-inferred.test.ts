import { describe, expect, it } from 'vitest';
import { compareWithProfile } from '../../../../src/core/compare/compare';
import { emptyProfile, type Registration } from '../../../../src/core/model/profile';
import type { CriterionStatus } from '../../../../src/core/model/report';
import { matchSpec } from '../../../../src/core/pipeline/match-spec';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { specOf } from '../../support/spec-of';

const matcher = defaultMatcher();

/** The status of one essential criterion against a profile holding only these registrations. */
function status(criterion: string, ...registrations: Array<Omit<Registration, 'id'>>): CriterionStatus {
  const profile = { ...emptyProfile(), registrations: registrations.map((r, i) => ({ id: `reg-${i + 1}`, ...r })) };
  return compareWithProfile(matchSpec(specOf([criterion]), matcher), profile, matcher.skills).criteria[0]!.status;
}

describe('a stored registration saved without "Counts as" (profiles from before the inference)', () => {
  it('counts for what an unambiguous body says', () => {
    expect(status('Current HCPC registration', { body: 'HCPC' })).toBe('met');
    expect(status('Registered with the GPhC as a Pharmacist', { body: 'GPhC' })).toBe('met');
    expect(status('Registered with Social Work England', { body: 'Social Work England' })).toBe('met');
    expect(status('Registered Mental Health Nurse (RMN)', { body: 'NMC', number: '12A3456E' })).toBe('missing');
    expect(status('Registered Mental Health Nurse (RMN)', { body: 'RMN' })).toBe('met');
  });

  it('counts an NMC registration whose part is not said as NMC registration, not as a nurse', () => {
    expect(status('Current NMC registration', { body: 'NMC' })).toBe('met');
    expect(status('Registered Nurse (Adult) with current NMC registration', { body: 'NMC' })).not.toBe('met');
    expect(
      status('Registered Nurse (Adult) with current NMC registration', { body: 'NMC', skillId: 'reg-nmc-field-adult' }),
    ).toBe('met');
  });

  it('counts an accredited register only in part towards statutory registration', () => {
    expect(status('UKPHR registration', { body: 'UKPHR' })).toBe('met');
    expect(status('Current registration with the relevant professional body', { body: 'UKPHR' })).toBe('partial');
  });

  it('lets a choice made by the user win over the body, and leaves an unknown body counting for nothing', () => {
    expect(status('Current HCPC registration', { body: 'HCPC', skillId: 'reg-gphc-psni' })).toBe('missing');
    expect(status('Current HCPC registration', { body: 'Royal College of Nursing' })).toBe('missing');
  });
});
