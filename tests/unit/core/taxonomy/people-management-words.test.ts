import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Managing people and training them, in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Team Leader');

describe('people management in other words', () => {
  it.each([
    ['Has managed support workers', 'lead-line-management'],
    ['Sound person management', 'lead-line-management'],
    ['Responsible for managing five direct reports', 'lead-line-management'],
    ['Good presentation and training skills', 'lead-teaching-training'],
    ['Enjoys teaching and learning', 'lead-teaching-training'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('is not direct reports only spoken with', () => {
    expect(ids('Speaks clearly with clients, direct reports and colleagues')).not.toContain('lead-line-management');
  });
});
