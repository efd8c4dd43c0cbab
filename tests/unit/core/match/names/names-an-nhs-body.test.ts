import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "NHS" inside one NHS body's name is the employer, not the NHS an applicant knows or has worked in. */

describe('NHS inside the name of an NHS body', () => {
  it('names the employer: no knowledge of the NHS is asked', () => {
    expect(ruleIds('Flexible shifts at Northtown General NHS Trust, apply today')).not.toContain('other-nhs-knowledge');
    expect(ruleIds('Riverside Health NHS Foundation Trust is seeking experienced nurses')).not.toContain(
      'other-nhs-knowledge',
    );
    expect(ruleIds('You will travel across all sites of Hilltop and Vale NHS Trust')).not.toContain(
      'other-nhs-knowledge',
    );
  });

  it('keeps a kind of NHS body, a name of one word opening the clause, and text in capitals or title case', () => {
    expect(ruleIds('Minimum of 6 months experience in an NHS Trust')).toContain('other-nhs-knowledge');
    expect(ruleIds('Experience of working for a Teaching Hospitals NHS Trust')).toContain('other-nhs-knowledge');
    expect(ruleIds('Previous NHS Trust experience')).toContain('other-nhs-knowledge');
    expect(ruleIds('MINIMUM 6 MONTHS EXPERIENCE IN AN NHS TRUST')).toContain('other-nhs-knowledge');
    expect(ruleIds('Minimum Of Six Months Experience In An NHS Trust')).toContain('other-nhs-knowledge');
  });
});
