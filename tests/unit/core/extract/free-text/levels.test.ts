import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hedgedLevel, wordCount } from '../../../../../src/core/extract/free-text/levels';

/** What a word is, said as a regular expression: runs of letters, digits and apostrophes. */
const byRegex = (text: string) => text.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;

describe('wordCount', () => {
  it('counts runs of letters, digits and apostrophes in any script', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount(' – • ')).toBe(0);
    expect(wordCount('NMC-registered nurse (Band 5)')).toBe(5);
    expect(wordCount("Children’s nurse, 2 years' experience")).toBe(5);
    expect(wordCount('Gradd nyrsio: Hanfodol')).toBe(3);
    expect(wordCount('café 𝐀𝐁 ½ 名前')).toBe(4);
  });

  it('agrees with the regular expression on any text', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '9',
      "'",
      '’',
      ' ',
      '-',
      '.',
      'é',
      'ß',
      '½',
      '名',
      '𝐀',
      '😀',
      '\u00ad',
      '\n',
      'ŵ',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          expect(wordCount(text)).toBe(byRegex(text));
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(wordCount(text)).toBe(byRegex(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('hedgedLevel', () => {
  it('reads an item that ends on "preferred", or says it will be helpful, as desirable', () => {
    expect(hedgedLevel('Experience in a similar setting (preferred)', false)).toBe('desirable');
    expect(hedgedLevel('Theatre experience preferred.', false)).toBe('desirable');
    expect(hedgedLevel('An interest in research will be helpful', false)).toBe('desirable');
  });

  it('leaves "preferred" that is not the item’s level alone', () => {
    expect(hedgedLevel('Able to work with the preferred supplier list', false)).toBeNull();
    expect(hedgedLevel('The preferred candidate will hold a degree', false)).toBeNull();
  });
});
