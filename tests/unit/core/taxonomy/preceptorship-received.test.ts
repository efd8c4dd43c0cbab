import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A preceptorship the applicant starts is received, not given; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Staff Nurse');
const SUPERVISION = 'lead-supervision-delegation';

describe('a preceptorship received', () => {
  it.each(['Keen to start your preceptorship with us', 'A student nurse due to qualify (preceptorship band 5)'])(
    '%s',
    (text) => {
      expect(ids(text)).not.toContain(SUPERVISION);
    },
  );

  it('is still given by a preceptor', () => {
    expect(ids('Acts as a preceptor for new staff')).toContain(SUPERVISION);
  });
});
