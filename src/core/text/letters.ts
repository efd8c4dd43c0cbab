/**
 * Letter tests shared by the reader and the matcher, each a module constant. A regular expression with
 * a Unicode property escape (`\p{L}`) written inside a function is compiled again at every call in the
 * Node builds (tsx and the worker bundle target Node, and esbuild then writes such a literal as
 * `new RegExp(…)` where it stands): ESLint refuses those literals inside functions.
 */
const LETTER = /\p{L}/u;
const ONLY_LETTERS = /^\p{L}+$/u;
const CAPITAL = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** At least one letter, in any script. */
export const hasLetter = (text: string): boolean => LETTER.test(text);
/** Letters only, at least one. */
export const isLetters = (text: string): boolean => ONLY_LETTERS.test(text);
/** At least one capital letter. */
export const hasCapital = (text: string): boolean => CAPITAL.test(text);
/** At least one letter or digit. */
export const hasLetterOrDigit = (text: string): boolean => LETTER_OR_DIGIT.test(text);

/** A hyphen between two letters ("multi-disciplinary"), for the solid form of a word. */
export const HYPHEN_BETWEEN_LETTERS = /(?<=\p{L})-(?=\p{L})/gu;
/** "multi-disciplinary" written solid: the hyphens between letters dropped. */
export const solidForm = (text: string): string => text.replace(HYPHEN_BETWEEN_LETTERS, '');
/** Whether the text has a hyphen between two letters. */
export const hasInnerHyphen = (text: string): boolean => INNER_HYPHEN.test(text);
const INNER_HYPHEN = /\p{L}-\p{L}/u;
