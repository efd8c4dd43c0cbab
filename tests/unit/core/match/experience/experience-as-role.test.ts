import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const ids = (text: string, title = 'Team Coordinator') =>
  matchText(matcher, text, { title })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);

describe('experience gained as a profession, whatever the advert’s own profession', () => {
  it.each([
    'Earlier experience as a physiotherapist is needed',
    'You will have experience working as a paramedic',
    'Some experience as a dietitian would help',
    'Applicants need experience as a speech and language therapist',
  ])('%s: post-registration experience', (text) => {
    expect(ids(text)).toContain('exp-post-registration');
  });

  it('reads an assistant to a profession as care work', () => {
    expect(ids('Work experience as an assistant psychologist in a clinic')).toContain('exp-care-setting');
  });

  it.each([
    // An office's assistant, a post with no register, a technician's post that may be any trade's.
    'Years of experience as a personal assistant in an office',
    'Experience as a practice manager in a busy office',
    'Experience as a maintenance technician is wanted',
  ])('%s: no experience anchor', (text) => {
    expect(ids(text).filter((id) => id.startsWith('exp-'))).toEqual([]);
  });
});
