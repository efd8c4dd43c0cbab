import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Experience of a specialty named in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Occupational Therapist');
const SPECIALTY = 'exp-specialty';

describe('experience of a specialty in other words', () => {
  it('reads "the elderly" as the older people it names', () => {
    expect(ids('Some experience of caring for the elderly')).toContain(SPECIALTY);
  });

  it('reads experience across several specialties as specialty experience', () => {
    expect(ids('Has worked across a variety of clinical specialities')).toContain(SPECIALTY);
    expect(ids('Experience in a number of different specialisms')).toContain(SPECIALTY);
  });

  it('needs the experience', () => {
    expect(ids('The hospital offers a range of specialties')).not.toContain(SPECIALTY);
    expect(ids('An interest in elderly patients')).not.toContain(SPECIALTY);
  });
});
