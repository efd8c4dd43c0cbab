import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

/** Nouns for a part of the organisation: a skill's words before one name that part. */
const UNITS = new Set([
  'team',
  'teams',
  'department',
  'departments',
  'directorate',
  'directorates',
  'committee',
  'committees',
]);
/** "A team player", "team working skills", "other team members": a quality, a way of working, colleagues. */
const NOT_A_UNIT_AFTER = new Set([
  'player',
  'players',
  'member',
  'members',
  'working',
  'work',
  'worker',
  'skills',
  'spirit',
  'ethos',
]);
/** Verbs that take the team as their object: "able to lead teams", "manage teams" ask for the skill. */
const VERBS = new Set([
  'lead',
  'leads',
  'leading',
  'manage',
  'manages',
  'managing',
  'supervise',
  'supervising',
  'motivate',
  'motivating',
  'develop',
  'developing',
  'build',
  'building',
  'support',
  'supporting',
]);
/** Categories whose words before "team" say what the team is like or does with others, not what it is. */
const KEPT: ReadonlySet<string> = new Set(['values', 'communication', 'experience', 'registration']);
const LIST_WORDS = new Set(['and', 'or', '&']);

/**
 * "Part of the Medicines Management team", "the Patient Safety team are recruiting", "the finance
 * department": a skill's words used as the name of a team, department or committee name the part of the
 * organisation the post sits in or works beside, not a skill asked of the applicant. A list of such names
 * sharing the noun ("the safeguarding and complaints teams") names parts of the organisation too.
 * Qualities ("an enthusiastic team"), working with others ("multi-agency team"), experience of a
 * specialty and verbs taking the team as object ("lead teams") are left alone.
 */
export function withoutSkillsNamingAUnit(
  matcher: Matcher,
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const names = spans.map(() => false);
  for (let k = spans.length - 1; k >= 0; k--) {
    const { end } = spans[k]![0]!;
    if (VERBS.has(tokens[end - 1]!.norm)) continue;
    if (unitAt(tokens, scopes, end)) names[k] = true;
    else {
      // "safeguarding and complaints teams": the next name in the list shares the noun.
      const next = spans[k + 1]?.[0];
      names[k] = next !== undefined && names[k + 1]! && listedBefore(text, tokens, scopes, end, next.start);
    }
  }
  return spans.filter(
    (span, k) => !names[k] || span.some((c) => KEPT.has(matcher.skills.get(c.terminal.skillId!)!.category)),
  );
}

function unitAt(tokens: readonly Token[], scopes: TokenScopes, at: number): boolean {
  if (at >= tokens.length || scopes.phraseBreak[at] === 1 || !UNITS.has(tokens[at]!.norm)) return false;
  const after = tokens[at + 1];
  return !(after && scopes.phraseBreak[at + 1] !== 1 && NOT_A_UNIT_AFTER.has(after.norm));
}

/** Whether the words between a span ending at `end` and the next starting at `next` only list them. */
function listedBefore(text: string, tokens: readonly Token[], scopes: TokenScopes, end: number, next: number) {
  if (next < end || next > end + 1 || scopes.clause[next] !== scopes.clause[end - 1]) return false;
  if (next === end + 1) return LIST_WORDS.has(tokens[end]!.norm);
  return /^\s*[,&]\s*$/.test(text.slice(tokens[end - 1]!.end, tokens[next]!.start));
}
