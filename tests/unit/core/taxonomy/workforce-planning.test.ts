import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** The workforce is the staff; planning or shaping it is the skill. Phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Service Manager');
const PLANNING = 'lead-workforce-planning';

describe('workforce planning', () => {
  it.each([
    'Experience of workforce planning',
    'Able to redesign the workforce to meet demand',
    'Understanding of nursing workforce issues',
    'Has introduced new roles into a team',
  ])('%s', (text) => {
    expect(ids(text)).toContain(PLANNING);
  });

  it('is not the staff themselves, nor the post applied for', () => {
    expect(ids('You will join a friendly and diverse workforce')).not.toContain(PLANNING);
    expect(ids('Are you ready for a new role in the community?')).not.toContain(PLANNING);
  });
});
