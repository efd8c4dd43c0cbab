import type { Matcher } from '../../taxonomy/compile';
import { tokenise, type Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { wholeQualification } from './qualification-subject';
import { readCandidate } from '../read-candidate';
import { replaceOverlapping } from '../replace-overlapping';

/** A first degree written after its subject: "Occupational Therapy BSc", "Adult Nursing degree". */
const DEGREES = new Set(['bsc', 'ba', 'degree']);
/** The longest subject read: "Speech and Language Therapy". */
const MAX_SUBJECT = 4;
const GENERAL = 'qual-degree';
let degreeIn: Token[] | undefined;

/**
 * A degree named after its subject ("Occupational Therapy BSc (Hons)", "Adult Nursing BSc") is the degree the
 * taxonomy names with the subject after "degree in" (the mirror of qualification-subject): the subject's own
 * degree, not a degree in general. Read only where the turned phrase names a more specific degree.
 */
export function withSubjectBeforeDegree(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  let out = spans as Candidate[][];
  for (let i = 1; i < tokens.length; i++) {
    if (!DEGREES.has(tokens[i]!.norm)) continue;
    const found = subjectDegree(matcher, tokens, scopes, i);
    if (!found) continue;
    const { start, skillId } = found;
    const read = readCandidate(tokens, [start, i + 1], skillId, (w) => `"${w}": a degree named after its subject`);
    out = replaceOverlapping(out, read);
  }
  return out;
}

/** The longest subject before the degree at `at` that, read as "degree in [subject]", names a specific degree. */
function subjectDegree(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  at: number,
): { start: number; skillId: string } | null {
  degreeIn ??= tokenise('degree in');
  let from = at;
  while (
    from > 0 &&
    at - from < MAX_SUBJECT &&
    scopes.clause[from - 1] === scopes.clause[at] &&
    scopes.phraseBreak[from] !== 1
  ) {
    from--;
  }
  for (let start = from; start < at; start++) {
    const skillId = wholeQualification(matcher, [...degreeIn, ...tokens.slice(start, at)]);
    if (skillId && skillId !== GENERAL) return { start, skillId };
  }
  return null;
}
