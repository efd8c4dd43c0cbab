import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { inCategory } from '../candidate-category';

/** Words that say how well something is done; alone they name a skill of their own (attention to detail). */
const MANNER = new Set(['accurate', 'accurately', 'precise', 'precisely']);
/** Words that may stand between a manner word and what it qualifies: "clear, precise and effective communication". */
const BETWEEN = new Set([
  'and',
  'clear',
  'clearly',
  'concise',
  'concisely',
  'effective',
  'effectively',
  'efficient',
  'efficiently',
  'timely',
]);
const ADVERB = /ly$/;

/**
 * A manner word that qualifies communication ("communicate accurately", "clear, precise communication
 * skills") says how the applicant communicates: clearly, which the communication skill already is, not
 * attention to detail besides. An adjective qualifies the skill after it, an adverb the one before it.
 */
export function withoutMannerOfCommunication(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const communication = spans.filter((span) => span.some(inCategory(matcher, 'communication')));
  const startsAt = new Set(communication.map((span) => span[0]!.start));
  const endsAt = new Set(communication.map((span) => span[0]!.end));
  return spans.filter((span) => {
    const { start, end } = span[0]!;
    if (end - start !== 1 || !MANNER.has(tokens[start]!.norm)) return true;
    const step = ADVERB.test(tokens[start]!.norm) ? -1 : 1;
    const clause = scopes.clause[start];
    for (let i = step > 0 ? end : start - 1; i >= 0 && i < tokens.length && scopes.clause[i] === clause; i += step) {
      if (step > 0 ? startsAt.has(i) : endsAt.has(i + 1)) return false;
      if (!BETWEEN.has(tokens[i]!.norm)) return true;
    }
    return true;
  });
}
