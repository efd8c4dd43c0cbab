import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A skill's words naming a team or department name a part of the organisation, not a skill asked for. */
describe('a skill naming a team or department', () => {
  it('names no skill', () => {
    expect(ruleIds('You will join the busy Medicines Management team at the hospital', 'Pharmacist')).not.toContain(
      'clin-medicines-management',
    );
    expect(ruleIds('Working closely with the Patient Safety team each week', 'Ward Clerk')).not.toContain(
      'gov-patient-safety',
    );
    expect(ruleIds('The Finance Department provides payroll support', 'Clerk')).not.toContain(
      'fin-financial-reporting',
    );
  });

  it('nor does a list of such names sharing the noun', () => {
    const ids = ruleIds('Liaising with the Safeguarding and Patient Safety teams', 'Ward Sister');
    expect(ids).not.toContain('gov-safeguarding');
    expect(ids).not.toContain('gov-patient-safety');
  });

  it('still names the skill where it is asked for', () => {
    expect(ruleIds('Knowledge of medicines management', 'Pharmacist')).toContain('clin-medicines-management');
    expect(ruleIds('Able to lead teams through change', 'Ward Manager')).toContain('lead-leadership');
    expect(ruleIds('Willing to train and develop other team members', 'Supervisor')).toContain(
      'lead-teaching-training',
    );
    expect(ruleIds('Experience of working in a multi-agency team', 'Social Worker')).toContain('comm-mdt');
  });
});
