import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Values held and wishes to learn, in other words than the usual ones; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Occupational Therapist');

describe('values held as the applicant’s own, with the organisation named between', () => {
  it('reads the values, philosophy or ethos of a named organisation', () => {
    expect(ids('Will uphold the Brookfield ethos in every visit')).toContain('val-nhs-values');
    expect(ids('Someone who shares the Riverside values')).toContain('val-nhs-values');
  });

  it('reads no values without a verb of holding them', () => {
    expect(ids('Knowledge of the Brookfield philosophy of rehabilitation')).not.toContain('val-nhs-values');
  });
});

describe('a wish to add to one’s skills, in its other verbs', () => {
  it('reads broadening, deepening or furthering skills, knowledge or a career with a wish', () => {
    expect(ids('Eager to broaden their clinical knowledge')).toContain('val-cpd-reflection');
    expect(ids('Keen to further their career in community work')).toContain('val-cpd-reflection');
  });

  it('reads no wish where the skills are only increased', () => {
    expect(ids('The role will increase your skills in splinting')).not.toContain('val-cpd-reflection');
  });
});
