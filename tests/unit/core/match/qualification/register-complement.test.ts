import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A general registration whose complement names its register is that registration; phrasings invented. */
describe('a general registration with the register named after it', () => {
  it('goes when the profession registered as, or the regulator written out, follows', () => {
    expect(ruleIds('Holds valid registration as a dietitian with the HCPC', 'Dietitian')).toEqual(['reg-hcpc']);
    expect(ruleIds('Active registration through the General Optical Council (GOC)')).toEqual([
      'reg-dental-optical-other',
    ]);
    expect(ruleIds('Registration as a pharmacist through the General Pharmaceutical Council (GPhC)')).toEqual([
      'reg-gphc-psni',
    ]);
  });

  it('goes after the register with its part named', () => {
    expect(ruleIds('Registered midwife part 2 with active registration', 'Midwife')).not.toContain(
      'reg-statutory-registration',
    );
  });

  it('stays beside examples, alternatives and a body that is no regulator', () => {
    expect(ruleIds('Valid registration with a relevant body such as the HCPC')).toContain('reg-statutory-registration');
    expect(ruleIds('Professional registration as a paramedic, a nurse or a dietitian')).toContain(
      'reg-statutory-registration',
    );
    expect(ruleIds('Current registration with the governing body (HCPC)')).toContain('reg-statutory-registration');
  });
});
