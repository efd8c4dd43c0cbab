import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { inCategory } from '../candidate-category';

/** Words saying a registration is no longer held. */
const LAPSED = new Set(['lapsed', 'expired']);
/** Words that deny the lapse: "a registration that has not lapsed" is held. */
const DENIED = new Set(['not', 'never', 'nt', 'without']);

/**
 * A registration named in a clause that says it has lapsed ("nurses whose registration has lapsed", "with a
 * lapsed register entry") is no register the applicant holds: a return-to-practice advert asks for the lapse,
 * not for the registration. The registrations of that clause go; a lapse denied ("must not have lapsed") keeps them.
 */
export function withoutLapsedRegistrations(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const clauses = new Set<number>();
  for (let k = 0; k < tokens.length; k++)
    if (LAPSED.has(tokens[k]!.norm) && !denied(tokens, k)) clauses.add(scopes.clause[k]!);
  if (clauses.size === 0) return spans as Candidate[][];
  const registration = inCategory(matcher, 'registration');
  return spans
    .map((span) => (clauses.has(scopes.clause[span[0]!.start]!) ? span.filter((c) => !registration(c)) : span))
    .filter((span) => span.length > 0);
}

const denied = (tokens: readonly Token[], k: number): boolean => {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) if (DENIED.has(tokens[i]!.norm)) return true;
  return false;
};
