import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

/** The group the applicant would join. */
const GROUPS = new Set(['team', 'service', 'department', 'unit', 'ward', 'group', 'workforce', 'practice']);
/** Words after a group noun that make it the applicant's part in it: "team player", "team working". */
const APPLICANTS_PART = new Set([
  'player',
  'member',
  'worker',
  'work',
  'working',
  'ethic',
  'spirit',
  'approach',
  'leader',
]);
/** Words before the group's article that make it the group joined: "join our", "part of a", "within the". */
const JOINING = new Set(['join', 'joining', 'joined', 'joins', 'of', 'within', 'alongside', 'into']);
const ARTICLES = new Set(['a', 'an', 'the', 'our', 'their', 'this', 'its']);
/** The most words between the article and the group: "a dedicated, enthusiastic and caring multi-disciplinary team". */
const MAX_WORDS = 9;

/**
 * The qualities of the team the applicant would join are the employer's: in "to join our friendly,
 * motivated and caring team" or "part of a flexible estates team" nothing is asked of the applicant.
 * "Part of" is the group joined only when "of" follows "part" ("a member of" the team is the applicant).
 * The applicant's own part ("a motivated team player") stays.
 */
export function withoutQualitiesOfTheTeamJoined(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const joined = joinedGroups(tokens, scopes);
  if (joined.length === 0) return spans as Candidate[][];
  // A value, or a participle read as a verb of leadership ("a motivated team" as "motivate a team").
  const quality = (c: Candidate) => {
    const category = matcher.skills.get(c.terminal.skillId!)?.category;
    return category === 'values' || (category === 'leadership' && c.readAs !== undefined);
  };
  return spans
    .map((span) => {
      const { start, end } = span[0]!;
      const inGroup = joined.some(([from, group]) => start > from && end <= group + 1);
      return inGroup ? span.filter((c) => !quality(c)) : span;
    })
    .filter((span) => span.length > 0);
}

/** Each group joined, as [its article, its noun]. */
function joinedGroups(tokens: readonly Token[], scopes: TokenScopes): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!GROUPS.has(tokens[k]!.norm)) continue;
    const next = tokens[k + 1];
    if (next && scopes.clause[k + 1] === scopes.clause[k] && APPLICANTS_PART.has(next.norm)) continue;
    for (let a = k - 1; a >= 1 && k - a <= MAX_WORDS && scopes.clause[a] === scopes.clause[k]; a--) {
      if (!ARTICLES.has(tokens[a]!.norm)) continue;
      if (joins(tokens, a - 1)) out.push([a, k]);
      break;
    }
  }
  return out;
}

const joins = (tokens: readonly Token[], at: number): boolean => {
  const word = tokens[at]!.norm;
  if (!JOINING.has(word)) return false;
  return word !== 'of' || (at > 0 && tokens[at - 1]!.norm === 'part');
};
