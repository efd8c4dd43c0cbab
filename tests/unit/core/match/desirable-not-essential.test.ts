import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** "Not essential" beside a desirable word ranks the requirement; it does not cancel it. */
describe('a desirable requirement that is not essential', () => {
  it('keeps the skill when the desirable word comes first', () => {
    expect(ruleIds('Renal experience is desirable however not essential', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('A practice assessor award is preferred, though not essential', 'Staff Nurse')).toContain(
      'qual-practice-assessor',
    );
  });

  it('keeps the skill when the desirable word comes after', () => {
    expect(ruleIds('Although stroke experience is not essential, it would be an advantage', 'Staff Nurse')).toContain(
      'exp-specialty',
    );
  });

  it('does not cancel an earlier requirement of the sentence', () => {
    expect(
      ruleIds('You must hold full GMC registration and, although not essential, MRCP is desirable', 'Registrar'),
    ).toEqual(expect.arrayContaining(['reg-gmc', 'qual-royal-college']));
  });

  it('still cancels a requirement that is only not essential', () => {
    expect(ruleIds('Renal experience is not essential as full training is given', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
  });

  it('does not reach a desirable word in another sentence', () => {
    expect(ruleIds('Renal experience is not required. A driving licence is desirable', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
  });
});
