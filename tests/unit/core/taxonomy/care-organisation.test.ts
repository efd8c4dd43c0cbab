import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A health or care organisation named as where the applicant has worked. */
describe('experience within a health or care organisation', () => {
  it('is care or health-setting experience', () => {
    expect(ruleIds('Has experience of working in a health service office', 'Admin Assistant')).toContain(
      'exp-care-setting',
    );
    expect(ruleIds('Previous experience within the social care sector', 'Admin Assistant')).toContain(
      'exp-care-setting',
    );
  });

  it('needs the experience asked for', () => {
    expect(ruleIds('You will support a health service in transition', 'Admin Assistant')).not.toContain(
      'exp-care-setting',
    );
  });
});
