import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

const SPECIALIST = 'qual-specialist-post-reg';

/** A course or qualification named by a specialty of the specialty list is a post-registration specialist one. */
describe('a qualification named by its specialty', () => {
  it('reads the specialty before or after the qualification', () => {
    expect(ruleIds('Holds an HDU endorsement', 'Staff Nurse')).toContain(SPECIALIST);
    expect(ruleIds('Neurology modules completed', 'Staff Nurse')).toContain(SPECIALIST);
    expect(ruleIds('A certificate in stroke care', 'Staff Nurse')).toContain(SPECIALIST);
  });

  it('leaves a profession’s own field, a broad word and a condition with a skill of its own', () => {
    expect(ruleIds('A midwifery qualification', 'Midwife')).not.toContain(SPECIALIST);
    expect(ruleIds('Any community course', 'Support Worker')).not.toContain(SPECIALIST);
    expect(ruleIds('A COPD diploma', 'Practice Nurse')).not.toContain(SPECIALIST);
  });
});
