import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Leadership words in a list of policy to know about name the policy, not leadership done. */
describe('leadership words in policy to know about', () => {
  it('name no leadership skill', () => {
    const ids = ruleIds('Good knowledge of health policies, regional strategies and service developments', 'IT Lead');
    expect(ids).not.toContain('lead-strategic-planning');
    expect(ids).not.toContain('lead-service-development');
  });

  it('still name the skill where it is to be done, or known without policy', () => {
    expect(ruleIds('Able to lead service development and keep aware of policy', 'Manager')).toContain(
      'lead-service-development',
    );
    expect(ruleIds('Knowledge of the theory and practice of change management', 'Manager')).toContain(
      'lead-change-management',
    );
  });
});
