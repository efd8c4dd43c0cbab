import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A quality word that qualifies the post describes the job, not the applicant. */
describe('a word describing the post', () => {
  it('names no skill', () => {
    expect(ruleIds('This is a highly strategic post in a growing team', 'Head of Estates')).not.toContain(
      'lead-strategic-planning',
    );
  });

  it('still names the skill where it qualifies the applicant or their work', () => {
    expect(ruleIds('A strategic thinker with a track record', 'Head of Estates')).toContain('lead-strategic-planning');
    expect(ruleIds('Experience of ARRS roles', 'Practice Manager')).toEqual(
      ruleIds('Experience of ARRS', 'Practice Manager'),
    );
  });

  it('a role model is a person the applicant is, not the post', () => {
    expect(ruleIds('An enthusiastic and role model to the team', 'Staff Nurse')).toContain('val-motivation-initiative');
    expect(ruleIds('An enthusiastic and rewarding role', 'Staff Nurse')).not.toContain('val-motivation-initiative');
  });

  it('a value that qualifies a thing, alone or in a list of qualities, is no quality of the applicant', () => {
    expect(ruleIds('You will enjoy a caring, lively and open culture', 'Receptionist')).not.toContain(
      'val-compassion-care',
    );
    expect(ruleIds('Access to a reliable vehicle', 'Community Nurse')).not.toContain('val-reliability-professionalism');
    expect(ruleIds('A reliable and caring colleague', 'Receptionist')).toEqual(
      expect.arrayContaining(['val-reliability-professionalism', 'val-compassion-care']),
    );
    // A thing may be of a kind: only a value is ruled out.
    expect(ruleIds('Experience in an acute environment', 'Staff Nurse')).not.toEqual([]);
  });

  it('a value that qualifies an arrangement, a benefit or an object is no quality of the applicant', () => {
    expect(ruleIds('Training done on a flexible basis counts in full', 'Registrar')).not.toContain(
      'val-resilience-flexibility',
    );
    expect(ruleIds('Our bank staff are offered flexible retirement', 'Bank Nurse')).not.toContain(
      'val-resilience-flexibility',
    );
    expect(ruleIds('Cleaning and storing flexible endoscopes', 'Technician')).not.toContain(
      'val-resilience-flexibility',
    );
    expect(ruleIds('A flexible and calm colleague', 'Technician')).toContain('val-resilience-flexibility');
  });
});
