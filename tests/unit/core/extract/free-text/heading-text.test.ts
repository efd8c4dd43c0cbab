import { describe, expect, it } from 'vitest';
import { headingText } from '../../../../../src/core/extract/free-text/heading-text';

describe('headingText', () => {
  it.each([
    ['• Qualifications:', 'Qualifications', true, 1],
    ['Skills and knowledge :-  ', 'Skills and knowledge', true, 3],
    ['The successful candidate will have...', 'The successful candidate will have', true, 5],
    ['Experience …', 'Experience', true, 1],
    ['1. Essential criteria –', 'Essential criteria', true, 2],
    ['Knowledge.', 'Knowledge', false, 1],
    ['About us; ', 'About us', false, 2],
    ['  Communication skills  ', 'Communication skills', false, 2],
    ['...', '', true, 0],
  ])('%j reads as %j (ends like a heading: %s, %i words)', (raw, text, endsLikeHeading, words) => {
    expect(headingText(raw)).toEqual({ text, endsLikeHeading, words });
  });

  it('answers a line asked again the same, also after many other lines', () => {
    const first = headingText('Desirable criteria:');
    for (let i = 0; i < 200; i++) headingText(`Line ${i}:`);
    expect(headingText('Desirable criteria:')).toEqual(first);
    expect(first).toEqual({ text: 'Desirable criteria', endsLikeHeading: true, words: 2 });
  });
});
