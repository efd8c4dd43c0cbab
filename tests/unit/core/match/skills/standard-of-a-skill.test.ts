import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const ids = (text: string) =>
  matchText(matcher, text, { title: 'Administrator' })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const QUALITY = 'val-commitment-quality';

describe('a high standard that measures a skill or an award', () => {
  it.each([
    'Your spoken and written skills must be of a high standard',
    'Presentation skills of a very high standard are needed',
    'You will have finished an honours degree to a high standard',
    'Able to use Excel to a high standard',
    // The skill named after "of".
    'A very high standard of written English is needed',
    'You must keep high standards of accuracy when entering results',
    'Candidates will show a high standard of IT literacy',
  ])('%s: the level of the skill, no commitment to quality', (text) => {
    expect(ids(text)).not.toContain(QUALITY);
  });

  it.each([
    'You will deliver nursing care to a high standard',
    'The ability to carry out your work to a high standard',
    'Committed to delivering a high standard of ward care',
    'Support of a high standard given to every family',
    'We expect a high standard of care for every patient',
    'Keep high standards in everything you do',
    // Given to others, or a standard of work or of customer care: a standard of the work still.
    'You will deliver a high standard of work under time pressure',
    'Able to provide a high standard of office administration',
    'A high standard of customer care is essential',
  ])('%s: a standard of the work stays', (text) => {
    expect(ids(text)).toContain(QUALITY);
  });
});
