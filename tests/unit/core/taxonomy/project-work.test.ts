import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Project management asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Service Manager');
const PROJECTS = 'lead-project-management';

describe('project management in other words', () => {
  it.each(['Some project work would help', 'Has led a project team before'])('%s', (text) => {
    expect(ids(text)).toContain(PROJECTS);
  });

  it('is not read from joining a project team', () => {
    expect(ids('You will join the project team as an analyst')).not.toContain(PROJECTS);
  });
});
