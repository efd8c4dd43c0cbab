import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { gapBefore } from '../../text/gap-before';

/** Links from a general registration to the register it turns out to be. */
const LINKS = new Set(['with', 'on', 'through', 'by', 'to']);
const ARTICLES = new Set(['the', 'a', 'an', 'uk']);
/** The nouns a regulator's own name ends in ("… Professions Council", "… Register"). */
const NAME_ENDS = new Set(['council', 'register', 'board']);
/** Words that make what follows an example or an alternative, not the register named. */
const EXAMPLES = new Set(['or', 'eg', 'e', 'g', 'ie', 'i', 'such', 'including', 'like', 'either', 'relevant']);
const ROLE_WORDS = 4;
const NAME_WORDS = 6;

/**
 * Whether the words from `end` to `start` are the complement of a general registration that names its register
 * (a span starting at `start`): the profession registered as ("registration as an optometrist with the
 * GOC") and the regulator written out in full before its abbreviation, however it is spelt ("registration through the
 * General Optical Council (GOC)"). A word of example or alternative, or a name ending in no regulator's
 * noun ("with the appropriate body (HCPC)"), keeps the general ask with its examples.
 */
export function complementNamesRegister(
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  end: number,
  start: number,
): boolean {
  if (start <= end || scopes.clause[start] !== scopes.clause[end - 1]) return false;
  const words = tokens.slice(end, start).map((t) => t.norm);
  if (words.some((w) => EXAMPLES.has(w))) return false;
  let k = 0;
  // "as a biomedical scientist": the profession, then the register or its link.
  if (words[k] === 'as') {
    k++;
    if (words[k] === 'a' || words[k] === 'an') k++;
    const role = k;
    while (k < words.length && !LINKS.has(words[k]!) && k - role < ROLE_WORDS) k++;
    // The profession may itself be the register's span: "registration as a registered nurse".
    if (k === words.length) return true;
  }
  if (!LINKS.has(words[k] ?? '')) return false;
  k++;
  while (ARTICLES.has(words[k] ?? '')) k++;
  if (k === words.length) return scopes.segment[start] === scopes.segment[end - 1];
  // The regulator's own name, capitalised, closed by its abbreviation in brackets.
  const name = tokens.slice(end + k, start);
  const last = name.at(-1)?.norm ?? '';
  return (
    name.length <= NAME_WORDS &&
    NAME_ENDS.has(last) &&
    name.every((t) => /^[A-Z&]/.test(t.raw) || t.norm === 'and' || t.norm === 'of') &&
    gapBefore(text, tokens, start).includes('(')
  );
}

/**
 * Whether another register follows the one at `end` as an alternative ("registration with the HCPC or the RCCP",
 * "… with the NMC, HCPC"): the general ask then stands for any of them.
 */
export function alternativeAfter(
  tokens: readonly Token[],
  scopes: TokenScopes,
  text: string,
  end: number,
  after: readonly { start: number }[] | undefined,
): boolean {
  if (end >= tokens.length || scopes.clause[end] !== scopes.clause[end - 1]) return false;
  const gap = gapBefore(text, tokens, end);
  const joins = tokens[end]!.norm === 'or' || tokens[end]!.norm === 'and' || /[,/]/.test(gap);
  return joins && after !== undefined && after[0]!.start - end <= 3;
}

const PART_NOUNS = new Set(['part', 'level', 'sub']);
const PART_NUMBERS = /^(?:\d|one|two|three|first|1st|i{1,3})$/;

/** The words between a register and what follows it, without the part of the register named ("midwife part 2 with"). */
export function withoutRegisterParts(words: readonly string[]): string[] {
  const isPart = (i: number) => PART_NOUNS.has(words[i] ?? '') && PART_NUMBERS.test(words[i + 1] ?? '');
  return words.filter((_, i) => !isPart(i) && !isPart(i - 1));
}
