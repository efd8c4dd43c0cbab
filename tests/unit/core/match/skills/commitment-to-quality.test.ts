import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const ids = (text: string) =>
  matchText(matcher, text, { title: 'Staff Nurse' })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const QUALITY = 'val-commitment-quality';

describe('a commitment to a standard of work, in any wording', () => {
  it.each([
    'Evidence of a lasting commitment to service quality',
    'Applicants need a drive for quality in everything they do',
    'A passion for excellence is what we look for',
    'You must be committed to giving outstanding patient care',
    'Candidates will be dedicated to offering the best possible service',
    'You should be passionate about ensuring first class support for families',
    'A strong commitment to the provision of high quality, safe, holistic care',
    'We value staff with passion in offering an exemplar standard of support',
  ])('%s: commitment to quality', (text) => {
    expect(ids(text)).toContain(QUALITY);
  });

  it.each([
    // Improving quality is improvement work, and best practice a way of working, not a standard held to.
    'You will be committed to improving quality of life for residents',
    'A passion for quality improvement projects',
    'Candidates should have a passion for best practice',
    // A commitment without a standard, or a standard that is only a skill's.
    'A committed nurse with excellent communication skills',
    'You must be committed to working as part of a team',
    // The employer's own commitment is not asked of the applicant.
    'You will join a friendly team who are committed to excellent patient care',
    'The ward has a skilled team of nurses dedicated to excellence',
  ])('%s: no commitment to quality asked', (text) => {
    expect(ids(text)).not.toContain(QUALITY);
  });
});
