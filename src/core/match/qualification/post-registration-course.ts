import type { Token } from '../../text/tokenise';
import type { Candidate } from '../find-candidates';
import { gapBefore } from '../../text/gap-before';

const POST_REGISTRATION = 'exp-post-registration';
/** The bare adjective, read as experience after registration when nothing else says what it qualifies. */
const BARE = /^post[\s-]*(registration|qualification)$/i;
/**
 * Nouns of something studied or held, or of the people studying: what "post registration" qualifies when one
 * follows it ("pre and post registration students"). Development after registration is experience (the labels).
 */
export const STUDIED: ReadonlySet<string> = new Set([
  'qualification',
  'qualifications',
  'course',
  'courses',
  'module',
  'modules',
  'diploma',
  'certificate',
  'degree',
  'award',
  'programme',
  'programmes',
  'training',
  'study',
  'studies',
  'education',
  'student',
  'students',
  'learner',
  'learners',
]);
/**
 * How many words ("clinical", "specialist leadership", "renal intensive care") may stand between the adjective
 * and its noun; an experience word among them is what it qualifies instead.
 */
const BETWEEN = 3;
const EXPERIENCE = /^(experience|experienced|practice|work|working)$/;
const AND = new Set(['and', 'or', '&']);
/** "post-qualification training and experience": the adjective qualifies the experience as well. */
const sharedWithExperience = (tokens: readonly Token[], k: number) =>
  AND.has(tokens[k + 1]?.norm ?? '') && /^experience/.test(tokens[k + 2]?.norm ?? '');

/**
 * "a post registration leadership qualification", "a post registration clinical course in renal nursing":
 * the adjective says when the course is taken, and asks for no experience after registration. A bare
 * "post registration" is dropped when, in the same run of words (no comma, no link word), a noun of study
 * follows within two words, unless experience shares it ("post-qualification training and experience");
 * the course keeps whatever skill its own words name.
 */
export function withoutPostRegistrationCourses(
  text: string,
  tokens: readonly Token[],
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans
    .map((span) => span.filter((c) => !(c.terminal.skillId === POST_REGISTRATION && qualifiesACourse(text, tokens, c))))
    .filter((span) => span.length > 0);
}

function qualifiesACourse(text: string, tokens: readonly Token[], c: Candidate): boolean {
  if (!BARE.test(c.terminal.variant) && !BARE.test(text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)))
    return false;
  for (let k = c.end; k < tokens.length && k <= c.end + BETWEEN; k++) {
    if (gapBefore(text, tokens, k).trim() !== '') return false;
    if (STUDIED.has(tokens[k]!.norm)) return !sharedWithExperience(tokens, k);
    if (EXPERIENCE.test(tokens[k]!.norm)) return false;
  }
  return false;
}
