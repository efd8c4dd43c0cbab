import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Travel and cars asked of the applicant in their other forms; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Community Therapist');
const TRAVEL = 'other-driving-travel';

describe('travel and cars in other forms', () => {
  it.each([
    'Happy travelling between the two clinics each week',
    'Must be able to use a car for home visits',
    'Car ownership is needed for this post',
    'Some driving experience is expected',
    'Experience of driving minibus vehicles for day trips',
    'The ability to commute to outlying bases',
    'Bring your MOT certificate and proof of breakdown cover',
  ])('%s', (text) => {
    expect(ids(text)).toContain(TRAVEL);
  });

  it.each([
    'Delivers travel and childhood immunisations',
    'Experience in travel medicine clinics',
    'Travelling expenses are refunded',
    'Live within a short travelling distance of the base',
  ])('not travel as medicine, nor paid for or a distance: %s', (text) => {
    expect(ids(text)).not.toContain(TRAVEL);
  });
});
