import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const ids = (text: string) =>
  matchText(matcher, text, { title: 'Staff Nurse' })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const SPECIALTY = 'exp-specialty';

describe('experience of the post’s specialty named without saying which', () => {
  it.each([
    'Applicants should bring experience across the speciality',
    'You will have two years of experience working in this specialty',
    'A grounding of experience in that specialism',
    'Experience from your previous speciality counts',
    'Experience in any one of these specialities is sought',
  ])('%s: specialty experience', (text) => {
    expect(ids(text)).toContain(SPECIALTY);
  });

  it.each([
    // No particular specialty is pointed at: time spent across specialties, or others than the post's.
    'Trainees are paid for hours worked in specialties on the rota',
    'Nurses who worked in other specialities for a year can apply too',
    // Interest is not experience (labels decision 9).
    'You will have a keen interest in the speciality',
  ])('%s: no specialty experience', (text) => {
    expect(ids(text)).not.toContain(SPECIALTY);
  });
});
