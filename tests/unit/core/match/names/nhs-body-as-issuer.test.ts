import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** An NHS body named as where an award was issued says whose award counts, not knowledge of the NHS. */

describe('an NHS body as the issuer of a qualification', () => {
  it('names no knowledge of the NHS', () => {
    for (const text of [
      'Holds the Care Certificate gained through an NHS organisation in Wales',
      'An NVQ level 3 in care, or the Care Certificate awarded by any NHS trust',
      'A Care Certificate from the NHS organisation you work for',
    ]) {
      expect(ruleIds(text)).toContain('qual-care-certificate');
      expect(ruleIds(text)).not.toContain('other-nhs-knowledge');
    }
  });

  it('keeps the NHS where it is worked in, or asked for beside the award', () => {
    expect(ruleIds('The Care Certificate and experience in an NHS trust')).toContain('other-nhs-knowledge');
    expect(ruleIds('Care Certificate with recent NHS experience')).toContain('other-nhs-knowledge');
    expect(ruleIds('Six months of care work from within the NHS')).toContain('other-nhs-knowledge');
  });
});
