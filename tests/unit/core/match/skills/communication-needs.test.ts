import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Communication named as a need of the people cared for is not the applicant's communication skill. */
describe('communication as a need of patients', () => {
  it('names no communication skill', () => {
    expect(
      ruleIds('Experience with adults who have communication difficulties after stroke', 'Speech Therapist'),
    ).not.toContain('comm-verbal-written');
    expect(
      ruleIds('Supporting pupils with speech, language and communication skills below their age', 'Therapist'),
    ).not.toContain('comm-verbal-written');
  });

  it('leaves the applicant’s own communication alone', () => {
    expect(ruleIds('Good communication skills with people who have learning needs', 'Support Worker')).toContain(
      'comm-verbal-written',
    );
  });
});
