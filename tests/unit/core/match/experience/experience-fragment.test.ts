import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** The rest of an ask for experience broken onto a line of its own; phrasings written for the tests. */
describe('a criterion continuing an ask for experience', () => {
  it('reads the object after its opening word', () => {
    expect(ruleIds('preferably within renal units.', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('and working with older adults.', 'Support Worker')).toContain('exp-specialty');
  });

  it('needs an object with the shape of a specialty, setting or client group', () => {
    expect(ruleIds('ideally within a busy team.', 'Staff Nurse')).not.toContain('exp-specialty');
  });

  it('needs the opening word of a continuation', () => {
    expect(ruleIds('Based within renal units.', 'Staff Nurse')).not.toContain('exp-specialty');
  });
});
