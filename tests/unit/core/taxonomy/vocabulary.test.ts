import { describe, expect, it } from 'vitest';
import { readingsOf, vocabularyOf } from '../../../../src/core/taxonomy/vocabulary';

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
