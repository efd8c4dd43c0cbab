import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { inCategory } from '../candidate-category';

/** Words that ask the applicant to know about something rather than to do it. */
const KNOWING = new Set(['knowledge', 'understanding', 'awareness', 'aware', 'familiarity', 'familiar']);
/** What a policy landscape is made of: "NHS policies", "key policy drivers", "the national agenda". */
const POLICY = new Set(['policy', 'policies', 'legislation', 'agenda', 'drivers', 'directives']);

/**
 * "Knowledge of national policies, strategies and service developments", "awareness of strategic issues
 * and policy drivers": leadership words in a list of policy the applicant is to know about name the
 * policy landscape (knowledge of the NHS), not strategic planning or service development done by them.
 */
export function withoutLeadershipInPolicyKnowledge(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const leadership = inCategory(matcher, 'leadership');
  return spans.filter((span) => {
    if (!span.every(leadership)) return true;
    const start = span[0]!.start;
    const from = scopes.clauseStart[start]!;
    const to = scopes.clauseEnd[start]!;
    let knowing = -1;
    for (let i = from; i < start; i++) if (KNOWING.has(tokens[i]!.norm)) knowing = i;
    if (knowing < 0) return true;
    for (let i = knowing + 1; i < to; i++) if (POLICY.has(tokens[i]!.norm)) return false;
    return true;
  });
}
