import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Phrasings written for the tests: a specialty the applicant would like to work in, and one worked in. */
const specialty = (text: string) => ruleIds(text, 'Occupational Therapist').includes('exp-specialty');

describe('a specialty named as what the applicant wishes to work in', () => {
  it.each([
    'You will bring a real passion for working in forensic services',
    'An interest in working within paediatrics is needed',
    'You will be enthusiastic about working in a community setting',
    // A skill read from the same words stays; only the experience is wished.
    'Keen on working in a palliative care setting one day',
  ])('%s: an interest, not specialty experience', (text) => {
    expect(specialty(text)).toBe(false);
  });

  it.each([
    // Experience asked in the same clause keeps it.
    'Experience of forensic services, or a real passion for working in them',
    'You will have worked in paediatrics and be keen to do more',
    'Two years in a community setting, with an interest in working there again',
  ])('%s: specialty experience', (text) => {
    expect(specialty(text)).toBe(true);
  });
});
