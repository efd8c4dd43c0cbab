import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A lead-in asking for experience inside the criterion, ending in a colon; phrasings written for the tests. */
describe('an experience lead-in inside the criterion', () => {
  it('hands its colon on to the items after it', () => {
    expect(ruleIds('Some experience within any of the following: renal units, a hospice', 'Staff Nurse')).toContain(
      'exp-specialty',
    );
    expect(ruleIds('Worked in one of these areas: day surgery wards or clinics', 'Staff Nurse')).toContain(
      'exp-specialty',
    );
  });

  it('needs items with the shape of a specialty, setting or client group', () => {
    expect(ruleIds('Experience in one of the following: budget support, rota design', 'Manager')).not.toContain(
      'exp-specialty',
    );
  });

  it('needs a lead-in that asks for experience', () => {
    expect(ruleIds('You will rotate through the following: renal units, a hospice', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
  });
});
