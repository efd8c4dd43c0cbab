import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A qualification's level decides which qualification a bare level or subject names. */
describe('a qualification read with its level', () => {
  it('is English and maths, not care, when a bare level 2 sits beside them', () => {
    expect(ruleIds('GCSE English and maths, or an NVQ level 2 equivalent', 'Ward Clerk')).not.toContain(
      'qual-care-level2',
    );
    expect(ruleIds('Literacy and numeracy to NVQ level 2', 'Ward Clerk')).not.toContain('qual-care-level2');
  });

  it('is still care at level 2 on its own or with a care subject', () => {
    expect(ruleIds('NVQ level 2 or equivalent', 'Healthcare Assistant')).toContain('qual-care-level2');
    expect(ruleIds('NVQ level 2 in health and social care', 'Healthcare Assistant')).toContain('qual-care-level2');
  });

  it('reads "M level" as master’s level', () => {
    expect(ruleIds('A relevant M level qualification')).toEqual(['qual-masters']);
  });

  it('is no care worker’s level above level 3, nor in dispensing', () => {
    expect(ruleIds('Level 4 Diploma in Health and Social Care', 'Care Home Manager')).not.toContain('qual-care-level2');
    expect(ruleIds('NVQ level 2 in dispensing', 'Pharmacy Assistant')).not.toContain('qual-care-level2');
  });
});
