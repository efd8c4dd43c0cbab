import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

const RIGHT_TO_WORK = 'other-right-to-work';
const CHECKS = 'other-dbs-checks';
/** Words that make a clause an ask: what stands before them is whom the ask is made of. */
const ASKING = new Set(['must', 'required', 'require', 'requires', 'need', 'needs', 'expected', 'asked', 'should']);

/** Words that open a relative clause: "applicants who need a visa" describes whom, and asks nothing. */
const RELATIVE = new Set(['who', 'that', 'which', 'whom']);

/**
 * A visa, a sponsorship or a work permit named in the subject of a clause that asks for a check ("applicants who
 * need a work visa must also send a police certificate from abroad") says which applicants the check is asked of,
 * not that the right to work is asked: the right to work goes. It stays where the clause asks for it ("you must
 * hold a visa and a clear DBS check") or lists it with the check ("a work permit and a DBS check are required").
 */
export function withoutVisaHoldersChecked(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const checks = spans.filter((span) => span.some((c) => c.terminal.skillId === CHECKS));
  if (checks.length === 0) return spans as Candidate[][];
  return spans.filter((span) => {
    if (!span.every((c) => c.terminal.skillId === RIGHT_TO_WORK)) return true;
    const { start, end } = span[0]!;
    return !checks.some((check) => whomChecked(tokens, scopes, start, end, check[0]!.start));
  });
}

/** Whether the words from `start` to `end` stand in the subject of a clause whose ask, before `check`, is a check. */
function whomChecked(tokens: readonly Token[], scopes: TokenScopes, start: number, end: number, check: number) {
  if (check < end || scopes.clause[check] !== scopes.clause[start]) return false;
  for (let k = scopes.clauseStart[start]!; k < start; k++) if (asks(tokens, k)) return false;
  for (let k = end; k < check; k++) if (ASKING.has(tokens[k]!.norm)) return true;
  return false;
}

const asks = (tokens: readonly Token[], k: number) =>
  ASKING.has(tokens[k]!.norm) && !RELATIVE.has(tokens[k - 1]?.norm ?? '');
