import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Words naming no register after a register are that registration, not a second ask; phrasings invented. */
describe('a general registration beside the register it is', () => {
  it('goes when it follows the register at once or through a link word', () => {
    expect(ruleIds('Maintains HCPC professional registration', 'Physiotherapist')).toEqual(['reg-hcpc']);
    expect(ruleIds('A Registered Nurse with active registration', 'Staff Nurse')).not.toContain(
      'reg-statutory-registration',
    );
  });

  it('stays where the register is an example of it', () => {
    expect(ruleIds('Current professional registration (e.g. HCPC)', 'Physiotherapist')).toContain(
      'reg-statutory-registration',
    );
  });
});
