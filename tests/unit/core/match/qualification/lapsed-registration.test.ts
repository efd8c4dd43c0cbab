import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A registration said to have lapsed is not a register the applicant holds. */

describe('a lapsed registration', () => {
  it('names no register held', () => {
    expect(ruleIds('Open to midwives and nurses whose NMC registration has lapsed')).toEqual([]);
    expect(ruleIds('Physiotherapists with an expired HCPC registration may apply')).not.toContain('reg-hcpc');
  });

  it('is held where the lapse is denied, or said of something else', () => {
    expect(ruleIds('Your NMC registration must not have lapsed', 'Staff Nurse')).toContain('reg-nmc-nurse');
    expect(ruleIds('Current NMC registration. A lapsed driving licence is not accepted', 'Staff Nurse')).toContain(
      'reg-nmc-nurse',
    );
  });
});
