import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Phrasings written for the tests: the band of the post recruited to, and a band the applicant has held. */
const bandLevel = (text: string) => ruleIds(text, 'Staff Nurse').includes('exp-band-level');

describe('the band of the post recruited to', () => {
  it.each([
    'We are looking for a Band 5 ward nurse with experience of caring for older people',
    'We want to appoint Band 6 Health Visitors with a background in school health',
    'The team is recruiting a band 7 Speech and Language Therapist with previous experience of dysphagia work',
    'We are seeking enthusiastic therapists at Band 6 level with some experience of outpatients',
    'The clinic will require a Podiatrist / Band 6 who knows wound care',
    'The service is recruiting a Band 5 or Band 6 dietitian, whichever suits your experience',
  ])('%s: not experience at a band', (text) => {
    expect(bandLevel(text)).toBe(false);
  });

  it.each([
    // Held by the applicant: experienced at it, working at it, or experience at it.
    'We are seeking an experienced Band 6 nurse to take charge on nights',
    'You will be currently working as a Band 5 nurse',
    'We are recruiting nurses who have worked at Band 6 level',
    'Experience at band 6 level is essential',
    'Previous Band 6 experience is desirable',
  ])('%s: experience at a band', (text) => {
    expect(bandLevel(text)).toBe(true);
  });
});
