import { describe, expect, it } from 'vitest';
import {
  hasCapital,
  hasInnerHyphen,
  hasLetter,
  hasLetterOrDigit,
  isLetters,
  solidForm,
} from '../../../../src/core/text/letters';

describe('letters', () => {
  it('tells letters of any script from digits and punctuation', () => {
    expect([hasLetter('– 42 –'), hasLetter('Cymraeg ŵ'), hasLetter('é')]).toEqual([false, true, true]);
    expect([isLetters('gwasanaeth'), isLetters('Band5'), isLetters('multi-disciplinary'), isLetters('')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([hasCapital('nmc'), hasCapital('NMC'), hasCapital('Ébauche')]).toEqual([false, true, true]);
    expect([hasLetterOrDigit('… – …'), hasLetterOrDigit('7')]).toEqual([false, true]);
  });

  it('writes a hyphenated word solid, every hyphen between letters, and leaves other hyphens', () => {
    expect(hasInnerHyphen('multi-disciplinary team')).toBe(true);
    expect(hasInnerHyphen('Band 5 - 6')).toBe(false);
    expect(solidForm('multi-disciplinary co-ordination')).toBe('multidisciplinary coordination');
    expect(solidForm('Band 5-6 – full-time')).toBe('Band 5-6 – fulltime');
    // The same result on a second call: the global expression keeps no position between calls.
    expect(solidForm('co-ordinate')).toBe(solidForm('co-ordinate'));
  });
});
