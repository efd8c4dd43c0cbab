import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

const matcher = defaultMatcher();
const asked = (text: string) =>
  matchText(matcher, text)
    .filter((h) => !h.negated)
    .map((h) => h.skillId);

describe('registration with a body named in general words', () => {
  it.each([
    'Registered with the relevant professional organisation (HCPC, NMC)',
    'Registered with their respective professional regulating body',
    'Current registration with the appropriate regulatory organisation',
  ])('%s → professional registration', (text) => {
    expect(asked(text)).toContain('reg-statutory-registration');
  });

  it('is no registration without a registration word: membership of a professional body gets no id', () => {
    expect(asked('Membership of a relevant professional body')).not.toContain('reg-statutory-registration');
  });
});
