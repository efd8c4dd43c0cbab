import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

/** The most specific id a phrase supports (labelling: no implied parents); phrasings written for the tests. */
const matcher = defaultMatcher();
const ids = (text: string, title: string) => [
  ...new Set(
    matchText(matcher, text, { title })
      .filter((h) => !h.negated)
      .map((h) => h.skillId),
  ),
];

describe('the most specific skill of one phrase', () => {
  it('drops the NMC register when the title makes the same phrase a nurse registration', () => {
    const found = ids('Must hold a current PIN', 'Staff Nurse');
    expect(found).toContain('reg-nmc-nurse');
    expect(found).not.toContain('reg-nmc');
  });

  it('keeps the parent a specific skill names as well: a field of the register is also reg-nmc-nurse', () => {
    expect(ids('RMN', 'Staff Nurse')).toEqual(expect.arrayContaining(['reg-nmc-field-mental-health', 'reg-nmc-nurse']));
  });
});
