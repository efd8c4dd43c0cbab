import { PROFESSION_WORDS } from '../../taxonomy/profession-words';
import type { Token } from '../../text/tokenise';

/** The most words a profession's name runs to: "speech and language therapist". */
const LONGEST = 4;

const namesAProfession = (tokens: readonly Token[], from: number, to: number) =>
  from >= 0 &&
  to <= tokens.length &&
  PROFESSION_WORDS.has(
    tokens
      .slice(from, to)
      .map((t) => t.norm)
      .join(' '),
  );

/**
 * How many words a regulated profession's name of two or more words runs to from `at` ("occupational
 * therapist", "social worker", "speech and language therapist"), or 0.
 */
export function professionNameFrom(tokens: readonly Token[], at: number): number {
  for (let n = LONGEST; n >= 2; n--) if (namesAProfession(tokens, at, at + n)) return n;
  return 0;
}

/**
 * Where a regulated profession's name of two or more words that ends on the word at `last` starts, or -1:
 * "Occupational" for "… Occupational Therapist".
 */
export function professionNameTo(tokens: readonly Token[], last: number): number {
  for (let n = LONGEST; n >= 2; n--) if (namesAProfession(tokens, last - n + 1, last + 1)) return last - n + 1;
  return -1;
}
