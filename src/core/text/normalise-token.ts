import { remembered } from './remembered';
import { toBritish } from './spelling';

/** Characters that may sit inside a word without splitting it, and vanish from its normal form. */
export const INVISIBLE_IN_WORD = '\\u00AD\\u200B-\\u200D\\u2060';
const STRIP = new RegExp(`[\\p{M}${INVISIBLE_IN_WORD}'’()]`, 'gu');

/** Plural and possessive endings, so "GCSEs", "master's" and "audits" meet "GCSE", "masters", "audit". */
function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ys)$/.test(word)) return word.slice(0, -1);
  return word;
}

const PLAIN = /^[A-Za-z0-9]*$/;
const MEMO_LIMIT = 20_000;

/**
 * The form in which a word is compared: accents and ligatures folded, lower case, British spelling,
 * singular. The text and the taxonomy variants go through the same function. Remembered per word:
 * a taxonomy or an advert repeats a small vocabulary, and this is the costliest step of the walk.
 */
export const normaliseToken = remembered(MEMO_LIMIT, (raw: string): string => {
  // Letters and digits of ASCII need no folding: most words of an advert and of the taxonomy.
  const folded = PLAIN.test(raw) ? raw.toLowerCase() : raw.normalize('NFKD').replace(STRIP, '').toLowerCase();
  return singular(toBritish(folded));
});
