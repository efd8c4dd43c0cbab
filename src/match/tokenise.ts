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

const ROMAN: Record<string, string> = { ii: '2', iii: '3', iv: '4' };
/** Words after which a Roman numeral is a level ("NVQ III", "RSA II"), not "IV therapy". */
const NUMBERED = new Set(['nvq', 'svq', 'level', 'rsa', 'stage', 'part', 'key', 'grade']);

/** Words of the text with their normal forms and original offsets, in order. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    let norm = raw === '&' ? 'and' : normaliseToken(raw);
    if (norm === '') continue;
    const roman = ROMAN[norm];
    if (roman && NUMBERED.has(tokens.at(-1)?.norm ?? '')) norm = roman;
    const start = match.index;
    tokens.push({ norm, raw, start, end: start + raw.length });
  }
  return tokens;
}
