import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** Where the object of an experience lies; phrasings written for the tests. */
const matcher = defaultMatcher();
const specialties = (text: string) =>
  matchText(matcher, text, { title: 'Theatre Practitioner' })
    .filter((h) => h.skillId === 'exp-specialty')
    .map((h) => h.matchedText);

describe('the object an experience shares with a noun joined to it', () => {
  it('reads past "and knowledge" to the object', () => {
    expect(specialties('Experience and knowledge of the renal unit')).toEqual(['renal unit']);
    expect(specialties('Good experience and understanding within neonatal care')).toHaveLength(1);
  });

  it('reads nothing when no object follows', () => {
    expect(specialties('Experience and knowledge are both valued')).toEqual([]);
  });
});
