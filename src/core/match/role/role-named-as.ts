import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

const ARTICLES = new Set(['a', 'an']);

/**
 * "As a first contact practitioner, you will …": a title that also names a qualification, opening the
 * sentence after "as a", names the post the sentence describes, not a qualification asked for.
 * ("Experience as an ACP" is left alone: holding the role is read as holding its qualification.)
 */
export function withoutQualificationsNamedAsRoles(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans
    .map((span) => {
      const start = span[0]!.start;
      const asRole =
        start >= 2 &&
        scopes.clauseStart[start] === start - 2 &&
        tokens[start - 2]!.norm === 'as' &&
        ARTICLES.has(tokens[start - 1]!.norm);
      if (!asRole) return span;
      return span.filter((c) => matcher.skills.get(c.terminal.skillId!)!.category !== 'qualification');
    })
    .filter((span) => span.length > 0);
}
