import { describe, expect, it } from 'vitest';
import { phraseOccurrences } from '../../../../src/core/match/phrase-occurrences';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';

const matcher = compileTaxonomy([
  { id: 'audit', label: 'Clinical audit', category: 'governance', variants: ['clinical audit'] },
  {
    id: 'deputy',
    label: 'Deputising',
    category: 'leadership',
    variants: [{ text: 'experience as a deputy', needs: ['previous'], window: 2 }],
  },
]);
const pieces = (text: string) => phraseOccurrences(matcher, text).map(({ start, end }) => text.slice(start, end));

describe('the phrases of the taxonomy in a text, whatever their context', () => {
  it('finds each phrase as written, with or without the cue its skill needs', () => {
    expect(pieces('I ran a clinical audit and have experience as a deputy')).toEqual([
      'clinical audit',
      'experience as a deputy',
    ]);
  });

  it('finds nothing in words that are no phrase', () => {
    expect(pieces('I ran the ward on nights')).toEqual([]);
  });
});
