import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Team working asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Porter');
const TEAMWORK = 'comm-teamwork';

describe('team working in other words', () => {
  it.each([
    'Shows a strong team ethic',
    'Works as a reliable team member on every shift',
    'A committed team member who helps out',
    'Gets results by working with and through others',
    'Comfortable collaborating with colleagues on the rota',
    'Keen to contribute to the wider team',
  ])('%s', (text) => {
    expect(ids(text)).toContain(TEAMWORK);
  });

  it('is not read from training the members of a team', () => {
    expect(ids('Able to train new team members')).not.toContain(TEAMWORK);
  });
});
