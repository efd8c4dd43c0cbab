import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Working on one's own named first or second of two manners of working; phrasings written for the tests. */
const INITIATIVE = 'val-motivation-initiative';
const CASELOAD = 'clin-caseload';

describe('"both" before the first of two manners of working', () => {
  it.each([
    'Happy to operate both autonomously and alongside the office team',
    'Can function both individually and within a wider service',
    'Will be working both on their own and with the duty manager',
    'Comfortable to work both alone and beside others at the front desk',
  ])('%s', (text) => {
    expect(ruleIds(text, 'Medical Secretary')).toContain(INITIATIVE);
  });

  it('is autonomous practice in a clinical role', () => {
    expect(ruleIds('Happy to operate both autonomously and alongside the ward team', 'Staff Nurse')).toContain(
      CASELOAD,
    );
  });

  it('reads working autonomously named second, after the team', () => {
    expect(ruleIds('Able to work inside the reception team and autonomously', 'Medical Secretary')).toContain(
      INITIATIVE,
    );
  });

  it('reads no manner of working without a verb of working', () => {
    expect(ruleIds('Both autonomously run clinics and group sessions are planned', 'Medical Secretary')).not.toContain(
      INITIATIVE,
    );
  });
});
