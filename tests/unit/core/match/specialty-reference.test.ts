import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const ids = (text: string) =>
  matchText(matcher, text, { title: 'Staff Nurse' })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const SPECIALTY = 'exp-specialty';

describe('experience of the post’s specialty named without saying which', () => {
  it.each([
    'Earlier experience within the speciality would help',
    'You will have two years of experience working in this specialty',
    'Candidates need experience of the specialism',
    'Experience in your previous speciality is welcome',
    'You should bring experience in one of these specialities',
  ])('%s: specialty experience', (text) => {
    expect(ids(text)).toContain(SPECIALTY);
  });

  it.each([
    // No particular specialty is pointed at: time spent across specialties, or others than the post's.
    'Trainees rotate through time worked in specialties where cover is short',
    'People who worked in other specialities may also apply',
    // Interest is not experience (labels decision 9).
    'You will have a keen interest in the speciality',
  ])('%s: no specialty experience', (text) => {
    expect(ids(text)).not.toContain(SPECIALTY);
  });
});
