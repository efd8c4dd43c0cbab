import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A time of day or week is a working pattern as a plural or a qualifier of work; phrasings invented. */
describe('times of work', () => {
  it('are a working pattern as a recurring plural or a singular qualifying the work', () => {
    expect(ruleIds('Willing to work lates and weekends')).toContain('other-work-pattern');
    expect(ruleIds('Able to cover one evening clinic per week')).toContain('other-work-pattern');
    expect(ruleIds('Open to weekend and bank holiday working')).toContain('other-work-pattern');
  });

  it('are not as an adjective or a single time', () => {
    expect(ruleIds('Experience of early years education')).not.toContain('other-work-pattern');
    expect(ruleIds('Confident to manage the unit at night and escalate concerns')).not.toContain('other-work-pattern');
    expect(ruleIds('Understanding of late effects of cancer treatment')).not.toContain('other-work-pattern');
  });
});
