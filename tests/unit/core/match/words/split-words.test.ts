import { describe, expect, it } from 'vitest';
import { joinSplitWords } from '../../../../../src/core/match/words/split-words';
import { vocabularyOf } from '../../../../../src/core/taxonomy/vocabulary';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

/** One word written as two is read as the one word when a half is no taxonomy word. */

describe('words written in two halves', () => {
  it('are read as the taxonomy word they make together', () => {
    expect(ruleIds('Confident holding a busy case load in the community')).toContain('clin-caseload');
    expect(ruleIds('Able to build simple spread sheets for the team')).toContain('it-ms-office');
    expect(ruleIds('Knows the basics of adult safe guarding')).toContain('gov-safeguarding');
  });

  it('join only where one half is outside the vocabulary and the whole is in it', () => {
    const vocabulary = vocabularyOf(['caseload', 'team work', 'teamwork', 'case notes']);
    const words = (text: string) => joinSplitWords(text, tokenise(text), vocabulary).map((t) => t.raw);
    expect(words('a large case load')).toEqual(['a', 'large', 'caseload']);
    // Both halves are taxonomy words: the taxonomy writes the pair as a phrase of its own.
    expect(words('good team work')).toEqual(['good', 'team', 'work']);
    // Nothing to join into, or not a single space between.
    expect(words('case notes and load')).toEqual(['case', 'notes', 'and', 'load']);
    expect(words('a case, load')).toEqual(['a', 'case', 'load']);
  });

  it('keep offsets over both halves, so the whole word is marked', () => {
    const vocabulary = vocabularyOf(['caseload']);
    const text = 'Holds a case load';
    const joined = joinSplitWords(text, tokenise(text), vocabulary)[2]!;
    expect(text.slice(joined.start, joined.end)).toBe('case load');
  });

  it('manage their own case load is caseload management, not time management', () => {
    expect(ruleIds('Able to manage their own case load')).toEqual(['clin-caseload']);
    expect(ruleIds('Able to organise your own caseload')).toContain('other-organisation-time');
  });
});
