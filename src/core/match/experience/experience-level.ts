import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Compiled } from './experience-words';

/** Nouns a senior word qualifies when it names a post: "a Senior Nursing role", "a lead post". */
const POST_NOUNS = new Set('role roles post posts position positions capacity'.split(' ').map(normaliseToken));
/** Nouns of a level or a grade: "at Foundation level", "at registrar grade". */
const LEVEL_NOUNS = new Set(['level', 'grade'].map(normaliseToken));
/** Words before "level" that name a qualification's level or none at all, not a grade of post. */
const NOT_A_GRADE = new Set(
  'degree masters master graduate postgraduate undergraduate diploma gcse nvq qcf rqf doctoral phd msc bsc honours entry high higher basic advanced expert same this that what any every all'
    .split(' ')
    .map(normaliseToken),
);
const WORD = /^\p{L}[\p{L}-]*$/u;

/**
 * Whether an experience object is a level of post (labelling rule 9: experience at a band or as a senior):
 * a senior word with the post or role it qualifies ("experience in a Senior Nursing role", "as a lead or Senior
 * Nurse"), or a grade named before "level" ("experience at Foundation level", "UK experience at SCF level").
 */
export function namesALevel(c: Compiled, tokens: readonly Token[], [start, end]: [number, number]): string | null {
  const words = tokens.slice(start, end).map((t) => t.norm);
  const role = (w: string) => POST_NOUNS.has(w) || c.practitioners.has(w) || c.posts.has(w) || LEVEL_NOUNS.has(w);
  const senior = words.findIndex((w) => c.seniority.has(w) && w !== normaliseToken('band'));
  if (senior >= 0 && words.slice(senior + 1).some(role)) return EXPERIENCE_FRAMES.bandId;
  const last = words[words.length - 1] ?? '';
  const grade = words[words.length - 2] ?? '';
  const named = WORD.test(grade) && !c.generic.has(grade) && !NOT_A_GRADE.has(grade);
  return LEVEL_NOUNS.has(last) && named ? EXPERIENCE_FRAMES.bandId : null;
}

/** The most words a role after "as a" runs to: "as a lead or Senior Nurse". */
const MAX_ROLE = 6;

/**
 * A level of post named later in an ask for experience, after its object, as the role it was gained in:
 * "experience of working in pre-assessment as a lead or Senior Nurse". Returns the role's tokens, or null.
 */
export function levelAsRole(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
): [number, number] | null {
  const clauseEnd = scopes.clauseEnd[head]!;
  for (let k = head + 2; k + 2 < clauseEnd; k++) {
    if (tokens[k]!.norm !== 'as' || !/^an?$/.test(tokens[k + 1]!.norm)) continue;
    let end = k + 2;
    while (end < clauseEnd && end - k - 2 < MAX_ROLE && !c.links.has(tokens[end]!.norm)) end++;
    const range: [number, number] = [k + 2, end];
    return namesALevel(c, tokens, range) ? range : null;
  }
  return null;
}
