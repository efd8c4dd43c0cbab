import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Working together is read with its partner: the MDT is MDT working, patients are care planned with them. */
describe('working together with a named partner', () => {
  it('is MDT working, not teamwork as well, when the partner is the multidisciplinary team', () => {
    const ids = ruleIds('Works collaboratively within the multidisciplinary team', 'Staff Nurse');
    expect(ids).toContain('comm-mdt');
    expect(ids).not.toContain('comm-teamwork');
  });

  it('is not teamwork when the partners are patients and their carers', () => {
    expect(
      ruleIds('Works collaboratively with patients and carers to set goals', 'Occupational Therapist'),
    ).not.toContain('comm-teamwork');
  });

  it('is teamwork when it names no partner, or colleagues', () => {
    expect(ruleIds('A collaborative way of working', 'Staff Nurse')).toContain('comm-teamwork');
    expect(ruleIds('Works collaboratively with colleagues across the ward', 'Staff Nurse')).toContain('comm-teamwork');
    expect(ruleIds('A good team player, able to work in a multidisciplinary team', 'Staff Nurse')).toEqual(
      expect.arrayContaining(['comm-teamwork', 'comm-mdt']),
    );
  });
});
