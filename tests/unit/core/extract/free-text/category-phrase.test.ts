import { describe, expect, it } from 'vitest';
import { isCategoryPhrase, opensWithCategoryHead } from '../../../../../src/core/extract/free-text/category-phrase';

describe('isCategoryPhrase', () => {
  it('reads headings made only of category words, with a head among them', () => {
    expect(isCategoryPhrase('Qualifications')).toBe(true);
    expect(isCategoryPhrase('Skills, abilities & knowledge:')).toBe(true);
    expect(isCategoryPhrase('Clinical skills')).toBe(true);
    expect(isCategoryPhrase('Sgiliau')).toBe(true);
  });

  it('turns down prose, phrases without a head, and more than seven words', () => {
    expect(isCategoryPhrase('Skills to run a busy clinic')).toBe(false);
    expect(isCategoryPhrase('Other and additional')).toBe(false);
    expect(isCategoryPhrase('Skills and knowledge and experience and training and values')).toBe(false);
  });

  it('still reads a short heading padded with separators far past the longest phrase of category words', () => {
    const padded = `Skills ${' , '.repeat(60)} knowledge`;
    expect(padded.length).toBeGreaterThan(150);
    expect(isCategoryPhrase(padded)).toBe(true);
  });

  it('turns down a long line of category words at once, whatever it is made of', () => {
    const long = 'experience knowledge qualifications '.repeat(6).trim();
    expect(isCategoryPhrase(long)).toBe(false);
  });
});

describe('opensWithCategoryHead', () => {
  it('looks at the first word only', () => {
    expect(opensWithCategoryHead('Experience in a busy ward')).toBe(true);
    expect(opensWithCategoryHead('A busy ward')).toBe(false);
  });
});
