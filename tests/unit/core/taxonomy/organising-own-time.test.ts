import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Organising one's own time, however the sentence addresses the reader; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Team Secretary');
const ORGANISING = 'other-organisation-time';

describe('organising one’s own time and priorities', () => {
  it.each([
    'You must be able to organise your own caseload',
    'Staff are expected to plan their own workload each week',
    'Able to manage their time well on a busy site',
    'Capable of setting priorities for the office',
    'Likes to plan ahead for the clinic week',
    'Produces reports to tight timescales',
    'Completes projects within an agreed time frame',
  ])('%s', (text) => {
    expect(ids(text)).toContain(ORGANISING);
  });

  it('is not read from time or priorities that are not the applicant’s to manage', () => {
    expect(ids('The clinic sets the national priorities for the region')).not.toContain(ORGANISING);
    expect(ids('Flexible about the time of the meeting')).not.toContain(ORGANISING);
  });
});
