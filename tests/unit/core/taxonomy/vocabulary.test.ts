import { describe, expect, it } from 'vitest';
import { addToVocabulary, readingsOf, vocabularyOf } from '../../../../src/core/taxonomy/vocabulary';

describe('second readings of a word', () => {
  const vocabulary = vocabularyOf(['lead a team', 'led an audit', 'evidence base', 'team working', 'work']);

  it('reads a past form the taxonomy also writes as its base form', () => {
    expect(readingsOf(vocabulary, 'led')).toEqual(['lead']);
  });

  it('does not read an -ing form the taxonomy writes again: the phrases write the -ing forms they need', () => {
    expect(readingsOf(vocabulary, 'working')).toEqual([]);
  });

  it('reads a word outside the vocabulary as its base form', () => {
    expect(readingsOf(vocabulary, 'leading')).toEqual(['lead']);
  });
});

describe('slips of one letter in a long word', () => {
  it('reads a long word with a letter dropped as the word, and never one with another first letter', () => {
    const vocabulary = vocabularyOf(['clinical governance', 'diabetes practitioner', 'practitioners forum']);
    expect(readingsOf(vocabulary, 'practitoner')).toEqual(['practitioner']);
    expect(readingsOf(vocabulary, 'governace')).toEqual(['governance']);
    expect(readingsOf(vocabulary, 'rractitioner')).toEqual([]);
  });

  it('reads a word again once the vocabulary has grown (a user adds a skill of their own)', () => {
    const vocabulary = vocabularyOf(['clinical governance']);
    expect(readingsOf(vocabulary, 'phlebotmy')).toEqual([]);
    addToVocabulary(vocabulary, ['phlebotomy']);
    expect(readingsOf(vocabulary, 'phlebotmy')).toEqual(['phlebotomy']);
  });
});
