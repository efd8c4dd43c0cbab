import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** The words before "experience": alternatives joined by a slash, and a specialty an activity is done in. */
describe('the object before "experience"', () => {
  it('reads alternatives joined by a slash as one object', () => {
    // One object, the profession's own: not also a specialty for its second word.
    expect(ruleIds('Two years post-registration nursing/midwifery experience', 'Practice Nurse')).not.toContain(
      'exp-specialty',
    );
  });

  it('names the specialty an activity of a skill is done in', () => {
    expect(ruleIds('Some renal dispensing/compounding experience', 'Pharmacy Technician')).toContain('exp-specialty');
    expect(ruleIds('Some dispensing experience', 'Pharmacy Technician')).not.toContain('exp-specialty');
  });
});
