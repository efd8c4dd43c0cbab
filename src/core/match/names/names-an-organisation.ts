import type { Matcher } from '../../taxonomy/compile';
import { hasCapital, hasLetter } from '../../text/letters';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

/** The last word of the name of an organisation or a part of one. */
const ORGANISATIONS = new Set(
  (
    'trust trusts hospital hospitals foundation team teams service services unit units centre centres network ' +
    'networks board boards partnership directorate hub forum group programme academy council authority ' +
    'commission agency institute society association committee department division clinic alliance collaborative'
  ).split(' '),
);
/** Small words a name may keep in lower case: "Learning and Development Team", "Centre for …". */
const IN_A_NAME = new Set(['and', '&', 'of', 'for', 'the', 'nhs']);
/** The most words after the skill's before the name's last: "Teaching Hospitals NHS Foundation Trust". */
const MAX_AFTER = 5;
/** Categories whose words in capitals before such a noun are a name, not a skill asked for. */
const NAMED: ReadonlySet<string> = new Set(['values', 'leadership', 'communication']);
/** A text this capitalised is written in title case: its capitals say nothing of names. */
const TITLE_CASE_SHARE = 0.6;

/**
 * A skill's words inside the name of an organisation or a part of one, every word of it capitalised up to
 * its noun, are the name: "Teaching Hospitals NHS Foundation Trust", "the Assertive Outreach Team", "the
 * Recruitment Centre", "the Welsh Ambulance Service" ask for no teaching, influencing, recruiting or
 * Welsh. A name the skill's own phrase ends on ("Multidisciplinary Team") is the skill's, and a text in
 * title case throughout is read as it would be in lower case.
 */
export function withoutSkillsInOrganisationNames(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const named = (c: Candidate) => NAMED.has(matcher.skills.get(c.terminal.skillId!)?.category ?? '');
  return spans.filter((span) => {
    const { start, end } = span[0]!;
    if (!span.every(named) || !capitalisedRun(tokens, start, end)) return true;
    const last = nameEnd(tokens, scopes, end);
    return last < 0 || inTitleCase(tokens, scopes, start, last);
  });
}

export const isCapitalised = (token: Token) => hasCapital(token.raw[0]!);

const capitalisedRun = (tokens: readonly Token[], start: number, end: number): boolean =>
  tokens.slice(start, end).every((t) => isCapitalised(t) || IN_A_NAME.has(t.norm));

/**
 * Whether the words of the text outside the name are capitalised as much as title case capitalises them:
 * then its capitals say nothing of names. The first word of each clause is left out.
 */
export function inTitleCase(tokens: readonly Token[], scopes: TokenScopes, start: number, last: number): boolean {
  let words = 0;
  let capitals = 0;
  tokens.forEach((t, k) => {
    if ((k >= start && k <= last) || scopes.clauseStart[k] === k || !hasLetter(t.raw)) return;
    words++;
    if (isCapitalised(t)) capitals++;
  });
  return words > 0 && capitals / words >= TITLE_CASE_SHARE;
}

/** The organisation's noun that capitalised words from `at` run on to in the clause, or -1. */
export function nameEnd(tokens: readonly Token[], scopes: TokenScopes, at: number): number {
  for (let k = at; k < tokens.length && k < at + MAX_AFTER; k++) {
    if (scopes.phraseBreak[k] === 1 || scopes.clause[k] !== scopes.clause[at - 1]) return -1;
    const token = tokens[k]!;
    if (!isCapitalised(token) && !IN_A_NAME.has(token.norm)) return -1;
    if (isCapitalised(token) && ORGANISATIONS.has(token.norm)) return k;
  }
  return -1;
}
