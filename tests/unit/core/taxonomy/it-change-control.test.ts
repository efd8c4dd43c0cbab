import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Change control in IT service management is not leading change; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Service Desk Analyst');
const CHANGE = 'lead-change-management';

describe('change in IT service management', () => {
  it.each([
    'Knows ITIL change management',
    'Worked on change and release management for the network',
    'Has moved applications through upgrades and transformations',
  ])('%s is not leading change', (text) => {
    expect(ids(text)).not.toContain(CHANGE);
  });

  it('leaves change management of a service', () => {
    expect(ids('A record of change management in a busy ward')).toContain(CHANGE);
  });
});
