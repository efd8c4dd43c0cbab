import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Leadership skills in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Operations Lead');

describe('leadership skills in other words', () => {
  it.each([
    ['Able to coordinate the site out of hours', 'lead-shift-coordination'],
    ['Makes sure the unit is safely staffed', 'lead-rostering-staffing'],
    ['Used to planning work for a team', 'lead-rostering-staffing'],
    ['Builds talent pipelines for hard to fill posts', 'lead-workforce-planning'],
    ['Works well across organisational boundaries', 'lead-strategic-planning'],
    ['Able to run projects alone', 'lead-project-management'],
    ['Enjoys working with learners', 'lead-supervision-delegation'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});
