import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

/** Idioms around skill words name no skill; phrasings written for the tests. */
const matcher = defaultMatcher();
const ids = (text: string) => matchText(matcher, text).map((h) => h.skillId);

describe('idioms around skill words', () => {
  it('reads "a high degree of" as a measure, not a degree', () => {
    expect(ids('You will work with a high degree of accuracy')).not.toContain('qual-degree');
    expect(ids('Able to cope with a degree of pressure')).not.toContain('qual-degree');
    expect(ids('A degree or equivalent experience')).toContain('qual-degree');
  });

  it('reads "post graduate" and "inclusive of" as no skill', () => {
    expect(ids('5 years post graduate experience')).not.toContain('qual-degree');
    expect(ids('Hours inclusive of Monday to Friday')).toEqual([]);
  });
});
