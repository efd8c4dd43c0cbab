import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { inCategory } from '../candidate-category';

/** The four skills of a language, as a language test names them. */
const FOUR_SKILLS = new Set(['listening', 'reading', 'writing', 'speaking']);
/** Languages a criterion asks to be used. */
const LANGUAGES = new Set(['english', 'welsh']);
const LANGUAGE_ID = 'comm-language';

/**
 * "Skills in listening, reading, writing and speaking in English that enable effective communication":
 * a clause that names three of the four skills of a language and the language asks for command of
 * that language. The communication skills its words would name besides (listening, communication)
 * are that one ask: the language requirement.
 */
export function withLanguageSkills(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  if (!matcher.skills.has(LANGUAGE_ID)) return [...spans];
  const asks = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!LANGUAGES.has(tokens[i]!.norm)) continue;
    const from = scopes.clauseStart[i]!;
    const to = scopes.clauseEnd[i]!;
    const named = new Set(
      tokens
        .slice(from, to)
        .map((t) => t.norm)
        .filter((w) => FOUR_SKILLS.has(w)),
    );
    if (named.size >= 3) asks.add(scopes.clause[i]!);
  }
  if (asks.size === 0) return [...spans];
  const communication = inCategory(matcher, 'communication');
  const read = new Set<number>();
  return spans.flatMap((span) => {
    const clause = scopes.clause[span[0]!.start]!;
    if (!asks.has(clause) || !span.every(communication)) return [span];
    if (span.some((c) => c.terminal.skillId === LANGUAGE_ID)) return [span];
    if (read.has(clause)) return [];
    read.add(clause);
    const first = span[0]!;
    const terminal = { ...first.terminal, skillId: LANGUAGE_ID };
    return [[{ ...first, terminal, because: 'one of the skills of a language the clause names' }]];
  });
}
