import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "experienced" before a profession named in several words; phrasings invented for the tests. */
describe('an experienced profession named in several words', () => {
  it('asks for experience in the own profession', () => {
    expect(
      ruleIds('Seeking an experienced Occupational Therapist for our falls team', 'Occupational Therapist'),
    ).toContain('exp-post-registration');
    expect(ruleIds('Are you an experienced Speech and Language Therapist?', 'Therapist')).toContain(
      'exp-post-registration',
    );
    expect(ruleIds('An experienced social worker is sought', 'Social Worker')).toContain('exp-post-registration');
  });

  it('but not for a role in that profession’s service, nor care work for a social worker', () => {
    expect(ruleIds('An experienced Occupational Therapy Assistant', 'Assistant')).not.toContain(
      'exp-post-registration',
    );
    expect(ruleIds('An experienced social worker is sought', 'Social Worker')).not.toContain('exp-care-setting');
  });
});
