import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

const WORK_PATTERN = 'other-work-pattern';
/**
 * Words by which the applicant wishes for a working pattern, or the employer offers one: "looking for flexible
 * hours", "wishing to work part-time", "a choice of shifts", "choose your own shifts".
 */
const WISHED_OR_CHOSEN = new Set([
  'wishing',
  'wish',
  'want',
  'wanting',
  'seeking',
  'prefer',
  'preferring',
  'choice',
  'choose',
  'book',
]);
/** Verbs of offering: the employer's offer, unless the applicant offers ("able to offer 2 days a week"). */
const OFFERING = new Set(['offer', 'offering']);
/** Words before a verb of offering that make the applicant its subject. */
const APPLICANT_OFFERS = new Set(['you', 'able', 'willing', 'must', 'should', 'applicant', 'candidate']);
/** Words (normalised: plurals singular) between the wish and the pattern: "wishing to work more flexible hours". */
const BETWEEN = new Set(['to', 'work', 'working', 'the', 'a', 'an', 'some', 'more', 'of', 'your', 'their', 'own']);
/** The most words between the wish and the pattern. */
const MAX_BETWEEN = 3;
/**
 * Words after a pattern that make it something offered: "flexible working is welcomed", "flexible working
 * options", "shifts to suit your lifestyle".
 */
const OFFERED_AFTER = new Set([
  'welcome',
  'welcomed',
  'considered',
  'offered',
  'negotiable',
  'discussed',
  'accommodated',
  'option',
  'opportunity',
  'policy',
  'lifestyle',
]);
/** The most words from the pattern's end to the word that offers it: "flexible working will also be considered". */
const MAX_AFTER = 4;

/**
 * A working pattern the applicant wishes for or the employer offers is a benefit, not an ask: "if you are
 * looking for flexible hours", "applicants wishing to work part-time", "flexible working is welcomed", "a
 * choice of shifts to suit your lifestyle". A pattern the applicant must be able or willing to work stays.
 */
export function withoutWorkPatternsOffered(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter((span) => {
    if (!span.every((c) => c.terminal.skillId === WORK_PATTERN)) return true;
    const { start, end } = span[0]!;
    return !wishedFor(tokens, scopes, start) && !offeredAfter(tokens, scopes, end);
  });
}

function wishedFor(tokens: readonly Token[], scopes: TokenScopes, start: number): boolean {
  const from = Math.max(scopes.clauseStart[start]!, start - MAX_BETWEEN - 1);
  for (let k = start - 1; k >= from; k--) {
    const word = tokens[k]!.norm;
    if (WISHED_OR_CHOSEN.has(word)) return true;
    if (OFFERING.has(word)) return !offeredByApplicant(tokens, scopes, k);
    if (word === 'for' && tokens[k - 1]?.norm === 'looking' && k - 1 >= scopes.clauseStart[start]!) return true;
    if (!BETWEEN.has(word)) return false;
  }
  return false;
}

function offeredAfter(tokens: readonly Token[], scopes: TokenScopes, end: number): boolean {
  const to = Math.min(scopes.clauseEnd[end - 1]!, end + MAX_AFTER);
  for (let k = end; k < to; k++) if (OFFERED_AFTER.has(tokens[k]!.norm)) return true;
  return false;
}

const offeredByApplicant = (tokens: readonly Token[], scopes: TokenScopes, verb: number): boolean => {
  for (let k = verb - 1; k >= Math.max(scopes.clauseStart[verb]!, verb - MAX_BETWEEN - 1); k--)
    if (APPLICANT_OFFERS.has(tokens[k]!.norm)) return true;
  return false;
};
