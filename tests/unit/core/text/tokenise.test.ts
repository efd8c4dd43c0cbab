import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../../src/core/text/tokenise';

describe('tokenise', () => {
  it('keeps original offsets for every word', () => {
    const text = '  Clinical  audit, re-audit & QI.';
    for (const token of tokenise(text)) expect(text.slice(token.start, token.end)).toBe(token.raw);
    expect(tokenise(text).map((t) => t.norm)).toEqual(['clinical', 'audit', 're', 'audit', 'and', 'qi']);
  });

  it('treats accented letters as part of the word, so no match starts inside "Coordinator" or "café"', () => {
    expect(tokenise('Coordinator').map((t) => t.raw)).toEqual(['Coordinator']);
    expect(tokenise('naïve café').map((t) => t.raw)).toEqual(['naïve', 'café']);
  });

  it('reads IR(ME)R as one word', () => {
    expect(tokenise('Knowledge of IR(ME)R 2017').map((t) => t.norm)).toEqual(['knowledge', 'of', 'irmer', '2017']);
  });

  it('turns Roman numerals into digits only after a numbered word', () => {
    expect(tokenise('NVQ III').map((t) => t.norm)).toEqual(['nvq', '3']);
    expect(tokenise('IV therapy').map((t) => t.norm)).toEqual(['iv', 'therapy']);
  });

  it('treats words named like object properties as ordinary words', () => {
    expect(tokenise('Level constructor valueOf').map((t) => t.norm)).toEqual(['level', 'constructor', 'valueof']);
  });

  it('ignores zero-width characters and soft hyphens inside words', () => {
    const [token] = tokenise('gover\u00ADnance');
    expect(token!.norm).toBe('governance');
    expect(tokenise('\u200B\u200B')).toEqual([]);
  });
});
