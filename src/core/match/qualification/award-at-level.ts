import type { Matcher } from '../../taxonomy/compile';
import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { wholeQualification } from './qualification-subject';
import { readCandidate } from '../read-candidate';
import { replaceOverlapping } from '../replace-overlapping';
import { ARTICLES } from '../../text/articles';

/** Nouns of an award or of study that may name their level after "at": "modules at level 7". */
const AWARDS = new Set(
  'qualification qualifications certificate diploma award module modules credits study studies course courses training education'
    .split(' ')
    .map(normaliseToken),
);
/** The longest level read: "post graduate level", "level 7". */
const MAX_LEVEL = 3;

/**
 * An award whose level follows it ("2 modules at Level 7", "a qualification at masters level", "study at
 * degree level") is the qualification the taxonomy names with the level first ("level 7 modules", "masters
 * level qualification"). Read only where the turned phrase is a qualification's.
 */
export function withAwardsAtLevel(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  let out = spans as Candidate[][];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!AWARDS.has(tokens[i]!.norm) || tokens[i + 1]!.norm !== 'at') continue;
    const from = ARTICLES.has(tokens[i + 2]!.norm) ? i + 3 : i + 2;
    const found = levelQualification(matcher, tokens, scopes, i, from);
    if (!found) continue;
    const { end, skillId } = found;
    const read = readCandidate(
      tokens,
      [i, end],
      skillId,
      (words) => `"${words}": an award named with its level after it`,
    );
    out = replaceOverlapping(out, read);
    i = end - 1;
  }
  return out;
}

/** The longest level after "award at" that, put before the award, is a qualification's phrase. */
function levelQualification(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  award: number,
  from: number,
): { end: number; skillId: string } | null {
  for (let end = Math.min(tokens.length, from + MAX_LEVEL); end > from; end--) {
    if (scopes.clause[end - 1] !== scopes.clause[award]) continue;
    const skillId = wholeQualification(matcher, [...tokens.slice(from, end), tokens[award]!]);
    if (skillId) return { end, skillId };
  }
  return null;
}
