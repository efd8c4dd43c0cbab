import type { Matcher } from '../../taxonomy/compile';
import { readingsOf } from '../../taxonomy/vocabulary';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { findCandidates, type Candidate } from '../find-candidates';
import { readCandidate } from '../read-candidate';
import { replaceOverlapping } from '../replace-overlapping';

/** Nouns of an award that may name their subject after "in": "a qualification in teaching". */
const AWARDS = new Set(['qualification', 'certificate', 'certification', 'diploma', 'award', 'course', 'training']);
/** Words that end the subject of an award: what follows is another matter ("… in teaching or mentoring"). */
const ENDS_SUBJECT = new Set(['or', 'with', 'for', 'to', 'in', 'of', 'at', 'from', 'such', 'e', 'eg', 'including']);
/** A course in a specialty is read by the taxonomy's own phrases ("a qualification in tissue viability"). */
const SPECIALTY_COURSE = 'qual-specialist-post-reg';
/** The longest subject read: "a certificate in leadership and management". */
const MAX_SUBJECT = 5;

/**
 * An award named by its subject after "in" ("a qualification in teaching", "a course in leadership",
 * "training in quality improvement") is the qualification the taxonomy names the other way round
 * ("teaching qualification", "leadership course", "quality improvement training"), not the skill its
 * subject names, nor the general course a word before the award names ("a postgraduate qualification
 * in teaching" is a teaching qualification). Read only where the turned phrase is a qualification's.
 */
export function withQualificationSubjects(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  let out = spans as Candidate[][];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!AWARDS.has(tokens[i]!.norm) || tokens[i + 1]!.norm !== 'in') continue;
    const found = subjectQualification(matcher, tokens, scopes, i);
    if (!found) continue;
    const { end, skillId } = found;
    const award = tokens[i]!.raw;
    const read = readCandidate(
      tokens,
      [i, end],
      skillId,
      (words) => `"${words}": a ${award.toLowerCase()} named by its subject, the qualification of that subject`,
    );
    out = replaceOverlapping(out, read);
    i = end - 1;
  }
  return out;
}

/** The longest subject after "award in" that, put before the award, is a qualification's phrase. */
function subjectQualification(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  award: number,
): { end: number; skillId: string } | null {
  const from = award + 2;
  let last = from;
  while (
    last < tokens.length &&
    last - from < MAX_SUBJECT &&
    scopes.phraseBreak[last] !== 1 &&
    scopes.clause[last] === scopes.clause[award] &&
    !ENDS_SUBJECT.has(tokens[last]!.norm)
  ) {
    last++;
  }
  for (let end = last; end > from; end--) {
    const turned = [...tokens.slice(from, end), tokens[award]!];
    const skillId = wholeQualification(matcher, turned);
    if (skillId === SPECIALTY_COURSE) return null;
    if (skillId) return { end, skillId };
  }
  return null;
}

/** The qualification whose phrase is the whole of these words, if any. */
export function wholeQualification(matcher: Matcher, words: readonly Token[]): string | null {
  const n = words.length;
  const scopes: TokenScopes = {
    clause: new Int32Array(n),
    clauseStart: new Int32Array(n),
    clauseEnd: new Int32Array(n).fill(n),
    segment: new Int32Array(n),
    phraseBreak: new Uint8Array(n),
  };
  const readings = words.map((t) => {
    const r = readingsOf(matcher.vocabulary, t.norm);
    return r.length > 0 ? r : undefined;
  });
  const whole = findCandidates(matcher, words, scopes, readings).find(
    (c) =>
      c.start === 0 &&
      c.end === n &&
      c.terminal.skillId !== null &&
      matcher.skills.get(c.terminal.skillId)?.category === 'qualification',
  );
  return whole?.terminal.skillId ?? null;
}
