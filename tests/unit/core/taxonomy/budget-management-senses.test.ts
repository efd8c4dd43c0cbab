import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** What budget management is and is not; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Service Manager');
const BUDGET = 'fin-budget-management';

describe('budget management', () => {
  it.each([
    'Holds the unit budget and reports on it monthly',
    'Has delivered cost improvement plans',
    'Uses staff and resources in a cost-effective way',
  ])('%s', (text) => {
    expect(ids(text)).toContain(BUDGET);
  });

  it.each([
    'Supports cost-effective prescribing in care homes',
    'Works in a service known for value for money',
    'Helps clinics give cost effective and safe treatment',
  ])('not a service or a treatment that costs little: %s', (text) => {
    expect(ids(text)).not.toContain(BUDGET);
  });
});
