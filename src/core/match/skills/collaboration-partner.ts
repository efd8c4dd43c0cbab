import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

const TEAMWORK = 'comm-teamwork';
const MDT = 'comm-mdt';
/** Phrases that name working together without saying with whom: "work collaboratively", "team working". */
const COLLABORATION = /^collaborat|^teamwork/;
const TEAM_WORKING = ['team', 'working'];
const LINKS = new Set(['with', 'in', 'within', 'alongside', 'across']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'your', 'wider', 'whole', 'other']);
/** Partners that make the collaboration care given with patients, not work in a team. */
const PATIENTS = new Set([
  'patient',
  'carer',
  'family',
  'families',
  'client',
  'them',
  'service',
  'people',
  'child',
  'children',
  'parent',
  'relative',
  'woman',
  'women',
]);

/**
 * Working together read with its partner: with the multidisciplinary team it is MDT working, the more
 * specific skill named beside it ("collaborative working within the MDT"); with patients and carers it
 * is care planned with them. Either way it is not teamwork as well.
 */
export function withoutTeamworkOfNamedPartners(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const mdtStarts = new Set(
    spans.filter((span) => span.some((c) => c.terminal.skillId === MDT)).map((span) => span[0]!.start),
  );
  const partnerIsNamed = (end: number) => {
    if (end >= tokens.length || !LINKS.has(tokens[end]!.norm)) return false;
    const clause = scopes.clause[end];
    let i = end + 1;
    while (i < tokens.length && scopes.clause[i] === clause && DETERMINERS.has(tokens[i]!.norm)) i++;
    if (i >= tokens.length || scopes.clause[i] !== clause) return false;
    return mdtStarts.has(i) || PATIENTS.has(tokens[i]!.norm);
  };
  return spans
    .map((span) => {
      const { start, end } = span[0]!;
      const words = tokens.slice(start, end).map((t) => t.norm);
      const collaboration = words.some((w) => COLLABORATION.test(w)) || TEAM_WORKING.every((w, k) => words[k] === w);
      if (!collaboration || !partnerIsNamed(end)) return span;
      return span.filter((c) => c.terminal.skillId !== TEAMWORK);
    })
    .filter((span) => span.length > 0);
}
