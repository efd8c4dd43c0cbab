import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Experience of something general, then examples; phrasings written for the tests. */
describe('examples after a general experience object', () => {
  it('name the specialty the experience is of', () => {
    expect(ruleIds('Experience in a related clinical area (stroke, renal)', 'Physiotherapist')).toContain(
      'exp-specialty',
    );
  });

  it('are not read after an object that names something itself', () => {
    expect(ruleIds('Experience of wound dressing, including renal patients', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
  });

  it('are not read when no experience is asked for', () => {
    expect(ruleIds('Works in a related clinical area (stroke, renal)', 'Physiotherapist')).not.toContain(
      'exp-specialty',
    );
  });
});
