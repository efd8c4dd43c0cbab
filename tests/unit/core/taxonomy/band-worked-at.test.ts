import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** "at band 6" is experience at a band only where it is a band worked at; phrasings invented for the tests. */
describe('a band after at or as', () => {
  it('is experience at a band where the applicant has worked at it', () => {
    expect(ruleIds('Eighteen months of experience at band 5', 'Staff Nurse')).toContain('exp-band-level');
    expect(ruleIds('Currently employed as a band 6 in theatres', 'Staff Nurse')).toContain('exp-band-level');
  });

  it('is not where it is the post’s own band', () => {
    expect(ruleIds('As band 6 physiotherapists you will rotate through wards', 'Physiotherapist')).not.toContain(
      'exp-band-level',
    );
    expect(ruleIds('Trainees are paid at band 4 until their registration comes through', 'Staff Nurse')).not.toContain(
      'exp-band-level',
    );
  });
});
