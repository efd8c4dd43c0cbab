import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** An ethic of working in a team is team working, not ethics; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Healthcare Assistant');

describe('a team-work ethic', () => {
  it.each(['Brings a real teamwork ethic to each shift', 'A firm team-working ethic on the unit', 'Team work ethic'])(
    '%s',
    (text) => {
      expect(ids(text)).toContain('comm-teamwork');
      expect(ids(text)).not.toContain('val-integrity-honesty');
    },
  );

  it('leaves ethics asked for as such', () => {
    expect(ids('Sound ethics and a teamwork ethic')).toEqual(
      expect.arrayContaining(['val-integrity-honesty', 'comm-teamwork']),
    );
  });
});
