import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Change worked for, in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Team Manager');
const CHANGE = 'lead-change-management';

describe('change in other words', () => {
  it.each([
    'Able to support change across the unit',
    'Keen to drive the modernisation of our clinics',
    'Guides the team through the process of change',
    'A record of innovation and change',
  ])('%s', (text) => {
    expect(ids(text)).toContain(CHANGE);
  });

  it('is not adapting to change', () => {
    expect(ids('Able to adapt to change')).not.toContain(CHANGE);
  });
});
