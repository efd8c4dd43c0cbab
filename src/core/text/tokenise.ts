import { INVISIBLE_IN_WORD, normaliseToken } from './normalise-token';

export type Token = {
  /** Normal form used for matching. */
  norm: string;
  /** The characters as written, for case-sensitive abbreviations. */
  raw: string;
  /** Offsets into the original text: text.slice(start, end) === raw. */
  start: number;
  end: number;
};

const WORD = new RegExp(
  [
    '\\p{Lu}+\\(\\p{Lu}+\\)\\p{Lu}*', // IR(ME)R
    `[\\p{L}\\p{M}\\p{N}${INVISIBLE_IN_WORD}]+(?:['’][\\p{L}\\p{M}]+)*`,
    '&',
  ].join('|'),
  'gu',
);

const ROMAN = new Map([
  ['i', '1'],
  ['ii', '2'],
  ['iii', '3'],
  ['iv', '4'],
  ['v', '5'],
]);
/** Words after which a Roman numeral is a level ("NVQ III", "RSA II"), not "IV therapy". */
const NUMBERED = new Set(['nvq', 'svq', 'level', 'rsa', 'stage', 'part', 'key', 'grade']);

/** "III" after "NVQ" is 3; elsewhere a word is what it is. */
export function numberedForm(previous: string | undefined, norm: string): string {
  const roman = ROMAN.get(norm);
  return roman && previous !== undefined && NUMBERED.has(previous) ? roman : norm;
}

/** Words of the text with their normal forms and original offsets, in order. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: string | undefined;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    let norm = raw === '&' ? 'and' : normaliseToken(raw);
    if (norm === '') continue;
    norm = numberedForm(previous, norm);
    const start = match.index;
    tokens.push({ norm, raw, start, end: start + raw.length });
    previous = norm;
  }
  return tokens;
}
