import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { inCategory } from '../candidate-category';

const NHS_KNOWLEDGE = 'other-nhs-knowledge';
/** Verbs saying an award came from somewhere: "a certificate issued by …", "training accredited by …". */
const ISSUED = new Set([
  'issued',
  'awarded',
  'gained',
  'obtained',
  'achieved',
  'completed',
  'accredited',
  'approved',
  'certified',
  'provided',
  'delivered',
  'recognised',
  'recognized',
]);
const SOURCE = new Set(['from', 'by', 'through']);
const ARTICLES = new Set(['a', 'an', 'the', 'any', 'one', 'another']);

/**
 * An NHS body named as where a qualification was issued or taken ("a certificate gained through an NHS employer",
 * "a diploma awarded by any NHS organisation") says whose award counts, not that the applicant knows the NHS or has
 * worked in it: the NHS knowledge goes. The award comes right before the link, or with one verb of issuing
 * between.
 */
export function withoutNhsBodiesAsIssuers(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const qualification = inCategory(matcher, 'qualification');
  const awardEnds = new Set(spans.filter((span) => span.some(qualification)).map((span) => span[0]!.end));
  return spans.filter((span) => {
    if (!span.every((c) => c.terminal.skillId === NHS_KNOWLEDGE)) return true;
    return !issuedBy(tokens, scopes, span[0]!.start, awardEnds);
  });
}

/** Whether the words before `at` are "[award] [issued] from/by [a]", all in one clause. */
function issuedBy(tokens: readonly Token[], scopes: TokenScopes, at: number, awardEnds: ReadonlySet<number>): boolean {
  let k = at - 1;
  if (ARTICLES.has(tokens[k]?.norm ?? '')) k--;
  if (k < 0 || !SOURCE.has(tokens[k]!.norm)) return false;
  k--;
  if (ISSUED.has(tokens[k]?.norm ?? '')) k--;
  return k >= 0 && awardEnds.has(k + 1) && scopes.clause[k] === scopes.clause[at];
}
