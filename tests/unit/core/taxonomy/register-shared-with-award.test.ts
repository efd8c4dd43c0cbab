import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** The profession's word shared by an award and its register ("a [profession] qualification and registration"). */
describe('a register sharing its profession word with an award', () => {
  it('is the nurse register, and the award keeps its own id', () => {
    const ids = ruleIds('Hold an appropriate nursing degree and registration', 'Staff Nurse');
    expect(ids).toEqual(expect.arrayContaining(['reg-nmc-nurse', 'qual-nursing-degree']));
  });

  it('is the midwife register', () => {
    expect(ruleIds('A midwifery qualification & registration are needed', 'Midwife')).toContain('reg-nmc-midwife');
  });

  it('is another register where one is named', () => {
    const ids = ruleIds('A nursing qualification plus HCPC registration', 'Practitioner');
    expect(ids).toContain('reg-hcpc');
    expect(ids).not.toContain('reg-nmc-nurse');
  });
});
