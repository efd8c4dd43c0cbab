import { COURSE_NOUNS, SPECIALIST_SUBJECTS } from '../taxonomy/specialist-subjects';
import { normaliseToken } from '../text/normalise-token';
import type { Token } from '../text/tokenise';
import type { TokenScopes } from './clauses';
import type { Candidate } from './find-candidates';
import { phraseAt, phraseSet } from './phrase-finder';
import { readCandidate } from './read-candidate';

const SPECIALIST = 'qual-specialist-post-reg';
const SUBJECTS = phraseSet(SPECIALIST_SUBJECTS);
const NOUNS = new Set(COURSE_NOUNS.map(normaliseToken));

/** The longest specialty phrase that starts at token `i`, as its end, or -1. */
function subjectEnd(tokens: readonly Token[], i: number): number {
  if (!SUBJECTS.first.has(tokens[i]!.norm)) return -1;
  let end = -1;
  for (const phrase of SUBJECTS.phrases)
    if (i + phrase.length > end && phraseAt(tokens, i, phrase)) end = i + phrase.length;
  return end;
}

/**
 * A course or qualification named by its specialty, before or after it: "an ITU endorsement", "a certificate
 * in palliative care", "pre-assessment qualifications" (taxonomy: the specialty is a parameter of
 * qual-specialist-post-reg). Read from the words instead of as phrases of the taxonomy: each specialty with
 * each noun, both ways, was 3,000 phrases and a third of the taxonomy's file. The candidates join the
 * taxonomy's before the longest are selected, as its phrases did.
 */
export function specialistCourses(tokens: readonly Token[], scopes: TokenScopes): Candidate[] {
  const found: Candidate[] = [];
  const sameSegment = (a: number, b: number) => scopes.segment[a] === scopes.segment[b];
  for (let i = 0; i < tokens.length; i++) {
    const end = subjectEnd(tokens, i);
    if (end < 0) continue;
    if (end < tokens.length && NOUNS.has(tokens[end]!.norm) && sameSegment(i, end)) {
      found.push(course(tokens, i, end + 1));
      continue;
    }
    let at = i - 1;
    if (tokens[at]?.norm === 'the') at--;
    if (at >= 1 && tokens[at]!.norm === 'in' && NOUNS.has(tokens[at - 1]!.norm) && sameSegment(at - 1, end - 1))
      found.push(course(tokens, at - 1, end));
  }
  return found;
}

const course = (tokens: readonly Token[], start: number, end: number): Candidate =>
  readCandidate(tokens, [start, end], SPECIALIST, (variant) => `"${variant}": a course named by its specialty`);
