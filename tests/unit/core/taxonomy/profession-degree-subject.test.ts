import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A profession's qualifying degree with its subject after "in" or "within". */
describe('a degree within the profession’s subject', () => {
  it('is the profession’s qualification, not a degree in general', () => {
    const ids = ruleIds('Holds a diploma or degree within Podiatry', 'Podiatrist');
    expect(ids).toContain('qual-ahp-degree');
    expect(ids).not.toContain('qual-degree');
    expect(ruleIds('A degree within adult nursing', 'Staff Nurse')).toContain('qual-nursing-degree');
  });
});
