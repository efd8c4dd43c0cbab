import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Communication and team working asked in other word forms; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Medical Secretary');

describe('communication and team working in other word forms', () => {
  it('reads the adverbs of verbal and written communication', () => {
    expect(ids('Gives updates to consultants both orally and in writing')).toContain('comm-verbal-written');
    expect(ids('Replies to queries in writing or verbally')).toContain('comm-verbal-written');
  });

  it('reads a team member described by a quality of the applicant as team working, beside the quality', () => {
    const found = ids('You will be a helpful and proactive team member');
    expect(found).toContain('comm-teamwork');
    expect(found).toContain('val-motivation-initiative');
  });

  it('reads no team working in a team member described by a place in the team', () => {
    expect(ids('A key team member in the booking office')).not.toContain('comm-teamwork');
    expect(ids('The new team member will be trained on site')).not.toContain('comm-teamwork');
  });
});
