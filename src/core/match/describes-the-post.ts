import type { Token } from '../text/tokenise';
import type { TokenScopes } from './clauses';
import type { Candidate } from './find-candidates';

/** Nouns for the post itself and the work it comes with. */
const THE_POST = new Set(['role', 'roles', 'post', 'posts', 'position', 'positions', 'job', 'project', 'projects']);

const ACRONYM = /^[A-Z][A-Z0-9&]+$/;

/**
 * "A key strategic role", "the strategic projects": a single quality word that qualifies the post or
 * its projects describes the job on offer, not a skill asked of the applicant. An abbreviation before
 * the noun ("ARRS roles") names a kind of post, which stays.
 */
export function withoutWordsDescribingThePost(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter((span) => {
    const { start, end } = span[0]!;
    if (end - start !== 1 || ACRONYM.test(tokens[start]!.raw)) return true;
    if (end >= tokens.length || scopes.phraseBreak[end] === 1) return true;
    return !THE_POST.has(tokens[end]!.norm);
  });
}
