import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

const SPECIALIST = 'qual-specialist-post-reg';

/** Postgraduate training as a specialist course, not as a committee's name or a pre-registration programme. */
describe('postgraduate training', () => {
  it('is a specialist course the applicant holds', () => {
    expect(ruleIds('Postgraduate training in vestibular rehabilitation', 'Physiotherapist')).toContain(SPECIALIST);
  });

  it('is not when it is a committee’s name or a training programme leading to registration', () => {
    expect(ruleIds('A certificate issued by the Joint Committee on Postgraduate Training', 'GP')).not.toContain(
      SPECIALIST,
    );
    expect(ruleIds('Enrolled on an approved post-graduate training programme', 'Trainee Scientist')).not.toContain(
      SPECIALIST,
    );
  });
});
