import { describe, expect, it } from 'vitest';
import { normsOf, phrasesLongestFirst } from '../../../../src/core/text/word-norms';

describe('the word norms of a phrase list', () => {
  it('gathers every word of every phrase in its normal form, once', () => {
    expect([...normsOf(['Looking for', 'Recruiting nurses', 'nurse'])].sort()).toEqual([
      'for',
      'looking',
      'nurse',
      'recruiting',
    ]);
  });

  it('keeps each phrase as its words, the longest phrase first', () => {
    expect(phrasesLongestFirst(['with', 'who have', 'living with a'])).toEqual([
      ['living', 'with', 'a'],
      ['who', 'have'],
      ['with'],
    ]);
  });
});
