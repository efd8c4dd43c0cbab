import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import { inCategory } from '../candidate-category';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { gapBefore } from '../../text/gap-before';

/** Nouns for the post itself and the work it comes with. */
const THE_POST = new Set(['role', 'roles', 'post', 'posts', 'position', 'positions', 'job', 'project', 'projects']);
/**
 * Things a quality word may describe instead of the applicant: the workplace, its culture, a car, an arrangement or
 * benefit of the post ("a flexible basis", "flexible retirement"), an instrument.
 */
const THINGS = new Set([
  'culture',
  'cultures',
  'environment',
  'environments',
  'workplace',
  'organisation',
  'organization',
  'company',
  'car',
  'vehicle',
  'basis',
  'base',
  'retirement',
  'contract',
  'contracts',
  'arrangement',
  'arrangements',
  'range',
  'package',
  'packages',
  'scheme',
  'schemes',
  'endoscope',
  'endoscopes',
]);
/** Nouns that make a post noun the first half of another thing: a "role model" is a person, not the post. */
const COMPOUND_AFTER_POST = new Set(['model', 'models']);
const CONJUNCTIONS = new Set(['and', '&', 'or']);
/** The quality words of a list before its noun: "a caring, creative and collaborative culture". */
const MAX_LIST_WORDS = 4;

const ACRONYM = /^[A-Z][A-Z0-9&]+$/;

/**
 * "A key strategic role", "the strategic projects": a single quality word that qualifies the post or
 * its projects describes the job on offer, not a skill asked of the applicant. An abbreviation before
 * the noun ("ARRS roles") names a kind of post, which stays. So does a value, alone or in a list of
 * quality words, that qualifies a thing: "a caring, creative and collaborative culture", "a reliable car".
 */
export function withoutWordsDescribingThePost(
  matcher: Matcher,
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const isValue = inCategory(matcher, 'values');
  return spans.filter((span) => {
    const { start, end } = span[0]!;
    if (end - start !== 1 || ACRONYM.test(tokens[start]!.raw)) return true;
    // Read with the noun its list shares ("organisational and project management skills"): that noun is what it is.
    if (span.some((c) => c.withHead && c.sharedVerb === undefined)) return true;
    if (end >= tokens.length || scopes.phraseBreak[end] === 1) return true;
    if (namesThePost(tokens, end)) return false;
    // A thing may be of a kind ("an acute environment"): only a value is a quality it cannot have.
    const things = span.every(isValue) ? THINGS : null;
    const noun = nounAfterList(text, tokens, scopes, end);
    return noun < 0 || !(things?.has(tokens[noun]!.norm) || namesThePost(tokens, noun));
  });
}

const namesThePost = (tokens: readonly Token[], k: number): boolean =>
  THE_POST.has(tokens[k]!.norm) && !COMPOUND_AFTER_POST.has(tokens[k + 1]?.norm ?? '');

/** The noun a list of single quality words starting at `from` runs on to, else -1 ("a caring car" → "car"). */
function nounAfterList(text: string, tokens: readonly Token[], scopes: TokenScopes, from: number): number {
  let words = 0;
  for (let k = from; k < tokens.length && scopes.clause[k] === scopes.clause[from - 1]; k++) {
    const norm = tokens[k]!.norm;
    if (THINGS.has(norm) || namesThePost(tokens, k)) return k;
    if (CONJUNCTIONS.has(norm)) continue;
    const gap = gapBefore(text, tokens, k);
    const listed = gap.includes(',') || CONJUNCTIONS.has(tokens[k - 1]!.norm);
    if (!listed || ++words > MAX_LIST_WORDS) return -1;
  }
  return -1;
}
