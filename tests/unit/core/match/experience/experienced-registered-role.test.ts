import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const ids = (text: string) =>
  matchText(matcher, text, { title: 'Practitioner' })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const OWN = 'exp-post-registration';

describe('an experienced role with its registration or a quality among its words (labels decision 11)', () => {
  it.each([
    'We would like an experienced HCPC registered physiotherapist',
    'The team wants an experienced NMC registered midwife',
    'Hiring an experienced driven paramedic for the hub',
    // Professions registered as radiographers, with the HCPC or the GOC, named by their own title.
    'We would like an experienced sonographer for the imaging suite',
    'Hiring experienced orthoptists for the eye clinic',
    'An experienced optometrist is wanted',
  ])('%s: post-registration experience', (text) => {
    expect(ids(text)).toContain(OWN);
  });

  it('still reads a specialty among the words as what the experience is of', () => {
    const found = ids('We want an experienced Cardiac Nurse for the unit');
    expect(found).toContain('exp-specialty');
    expect(found).not.toContain(OWN);
  });
});

describe('the applicant’s own profession named without saying which', () => {
  it.each(['Solid experience in your own profession is expected', 'Deep experience within their discipline is key'])(
    '%s: post-registration experience',
    (text) => {
      expect(ids(text)).toContain(OWN);
    },
  );

  it.each(['A degree in a relevant discipline', 'Experience of working with other professions'])('%s: none', (text) => {
    expect(ids(text)).not.toContain(OWN);
  });
});
