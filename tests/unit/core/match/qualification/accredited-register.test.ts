import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A voluntary register held by the applicant is a professional registration (decision 7); phrasings invented. */
describe('an accredited voluntary register', () => {
  it('names a professional registration when the applicant is to be on it', () => {
    for (const text of [
      'Registration with the UKPHR is desirable',
      'Registered with the RCCP',
      'BABCP accredited therapist, or eligible for accreditation',
      'Currently on the AHCS register',
    ]) {
      const ids = ruleIds(text, 'Clinical Physiologist');
      expect(ids, text).toContain('reg-accredited-register');
      expect(ids, text).toContain('reg-statutory-registration');
    }
  });

  it('names none for a membership or a body that accredits a course', () => {
    expect(ruleIds('Membership of the BACP would be an advantage')).not.toContain('reg-statutory-registration');
    expect(ruleIds('Completed a BPS accredited training course in counselling')).not.toContain(
      'reg-statutory-registration',
    );
    expect(ruleIds('A doctorate in psychology as accredited by the British Psychological Society')).not.toContain(
      'reg-statutory-registration',
    );
  });
});
