import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Flexibility and demands that are not the applicant's resilience; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Staff Nurse');
const RESILIENCE = 'val-resilience-flexibility';

describe('flexibility and demands that are no trait', () => {
  it('a bank of flexible workers is a kind of contract', () => {
    expect(ids('Join our pool of flexible workers')).not.toContain(RESILIENCE);
  });

  it('the physical demands of a post ask for fitness', () => {
    expect(ids('Able to meet the physical demands of the role')).not.toContain(RESILIENCE);
    expect(ids('Able to meet the demands of the role')).toContain(RESILIENCE);
  });
});
