import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { inCategory } from '../candidate-category';

/** Nouns that make communication a difficulty of the people cared for: "communication needs". */
const NEEDS = new Set([
  'need',
  'needs',
  'difficulty',
  'difficulties',
  'disorder',
  'disorders',
  'impairment',
  'impairments',
  'delay',
  'delays',
]);
/** How far before the span "speech, language and" may start. */
const REACH = 4;

/**
 * "Speech, language and communication needs", "children whose speech, language and communication skills
 * are delayed": communication named as the need of patients is the clinical field of the post, not the
 * applicant's communication skill.
 */
export function withoutCommunicationNeeds(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const communication = inCategory(matcher, 'communication');
  return spans.filter((span) => {
    if (!span.every(communication)) return true;
    const { start, end } = span[0]!;
    if (end < tokens.length && scopes.clause[end] === scopes.clause[start] && NEEDS.has(tokens[end]!.norm))
      return false;
    const before = tokens.slice(Math.max(scopes.clauseStart[start]!, start - REACH), start).map((t) => t.norm);
    return !(before.includes('speech') && before.includes('language'));
  });
}
