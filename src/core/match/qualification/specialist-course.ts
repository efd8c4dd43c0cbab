import { COURSE_NOUNS, SPECIALIST_SUBJECTS } from '../../taxonomy/specialist-subjects';
import { PROFESSION_WORDS } from '../../taxonomy/profession-words';
import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { phraseAt, phraseSet } from '../phrase-finder';
import { readCandidate } from '../read-candidate';

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
export function specialistCourses(
  tokens: readonly Token[],
  scopes: TokenScopes,
  /** The taxonomy's phrases found: a qualification they name inside a marked course is that one. */
  named: readonly Candidate[] = [],
  /** Whether the advert is for a registered profession, whose further qualifications are specialist. */
  registered = false,
): Candidate[] {
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
  return [
    ...found,
    ...markedCourses(tokens, scopes, named),
    ...(registered ? subjectCourses(tokens, scopes, named) : []),
  ];
}

/** Words that mark a course as one taken after registration, in a specialty: "specialist", "postgraduate". */
const MARKERS = new Set([
  'specialist',
  'postgraduate',
  'post-graduate',
  'post-registration',
  'post-qualifying',
  'post-qualification',
]);
/** The same written as two words: "post graduate", "post registration". */
const SECOND_HALVES = new Set(['graduate', 'registration', 'qualifying', 'qualification']);
/** Nouns of a course the marker's subject may come before: "specialist endoscopy training", "… study". */
const MARKED_NOUNS = new Set([...NOUNS, ...['training', 'study', 'studies'].map(normaliseToken)]);
/** Education after registration or qualifying is a course; "postgraduate education" is mostly the teaching of it. */
const EDUCATION = normaliseToken('education');
/** Words after "training" that make it a scheme of posts, not a course: "a postgraduate training programme". */
const SCHEMES = new Set(['programme', 'programmes', 'scheme', 'schemes'].map(normaliseToken));
/**
 * Words that say nothing of a subject but leave a course marked as taken after qualifying a course of its own: "a
 * post registration additional award", "post-qualifying further study". Not a level of award ("doctoral",
 * "masters", "degree"), which is that award's.
 */
const CLINICAL_AWARDS = new Set(['diploma', 'certificate', 'qualification', 'qualifications'].map(normaliseToken));
const GENERIC = new Set(
  'clinical relevant appropriate further additional formal recognised professional level'.split(' '),
);
/** Words that say nothing of a subject: "specialist clinical training" is read by the taxonomy's phrases. */
const NO_SUBJECT = new Set(
  'clinical relevant appropriate further additional formal recognised professional and or level doctoral masters degree'
    .split(' ')
    .map(normaliseToken),
);
/** Words a subject never runs over: "postgraduate experience with specialist training" names no course subject. */
const NOT_IN_SUBJECT = new Set(
  'experience experienced knowledge skills with in of for to at on by'.split(' ').map(normaliseToken),
);
const MAX_SUBJECT = 3;
const THREE_LETTERS = /\p{L}{3,}/u;

/**
 * A course marked as specialist or postgraduate with its subject between marker and noun: "specialist
 * stoma care training", "post graduate paediatric study", "a post-registration wound care module". The
 * subject is one to three words of the same comma-separated part, at least one of them saying which, and
 * not a qualification the taxonomy names ("a post-registration leadership qualification").
 */
function markedCourses(tokens: readonly Token[], scopes: TokenScopes, named: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const twoWords = norm === 'post' && SECOND_HALVES.has(tokens[i + 1]?.norm ?? '');
    if (!MARKERS.has(norm) && !twoWords) continue;
    const from = twoWords ? i + 2 : i + 1;
    const marker = twoWords ? tokens[i + 1]!.norm : norm;
    const afterQualifying = marker !== 'specialist';
    for (let j = from; j < Math.min(tokens.length, from + MAX_SUBJECT + 1); j++) {
      if (scopes.segment[j] !== scopes.segment[i] && scopes.phraseBreak[j] !== 1) break;
      if (NOT_IN_SUBJECT.has(tokens[j]!.norm) || MARKERS.has(tokens[j]!.norm)) break;
      const education = tokens[j]!.norm === EDUCATION && afterQualifying && !/graduate/.test(marker);
      if (!MARKED_NOUNS.has(tokens[j]!.norm) && !education) continue;
      // "a post-registration leadership qualification" is the leadership qualification the taxonomy names.
      if (named.some((c) => c.start > i && c.end === j + 1 && c.terminal.skillId?.startsWith('qual-'))) break;
      const between = tokens.slice(from, j);
      const subject = between.filter((t) => THREE_LETTERS.test(t.norm) && !NO_SUBJECT.has(t.norm));
      const generic = afterQualifying && genericCourse(tokens, scopes, named, [i, from, j], marker);
      if (subject.length > 0 || generic) found.push(course(tokens, i, j + 1));
      break;
    }
  }
  return found;
}

/**
 * A course marked as taken after qualifying, with only generic words between ("post graduate level qualification",
 * "post-qualifying further study") or none after registration or qualifying ("post qualification training"; the
 * taxonomy's phrases read "postgraduate training"). Not a qualification the taxonomy names from the marker on
 * ("postgraduate diploma"), a clinical award (the role's), a scheme of posts ("… training programme"), a body's name
 * ("the Joint Committee on …"), words across a slash, nor training shared with experience ("post-qualification
 * training and experience", which the adjective makes experience).
 */
function genericCourse(
  tokens: readonly Token[],
  scopes: TokenScopes,
  named: readonly Candidate[],
  [marker, from, noun]: readonly [number, number, number],
  kind: string,
): boolean {
  const between = tokens.slice(from, noun);
  if (between.length === 0 ? /graduate/.test(kind) : !between.every((t) => GENERIC.has(t.norm))) return false;
  // "A postgraduate clinical diploma" is the profession's clinical training where the advert names it
  // (clinical-diploma-for-role): the words alone do not say whose.
  if (between.at(-1)?.norm === 'clinical' && CLINICAL_AWARDS.has(tokens[noun]!.norm)) return false;
  if (named.some((c) => c.start >= marker && c.end === noun + 1 && c.terminal.skillId?.startsWith('qual-')))
    return false;
  for (let k = marker + 1; k <= noun; k++) if (scopes.phraseBreak[k] === 1) return false;
  const after = tokens[noun + 1]?.norm ?? '';
  if (SCHEMES.has(after) || (after === 'and' && /^experience/.test(tokens[noun + 2]?.norm ?? ''))) return false;
  return !tokens.slice(scopes.clauseStart[marker], scopes.clauseEnd[marker]).some((t) => t.norm === 'committee');
}

/** Nouns of a qualification taken in a subject: "a certificate in sensory work". */
const SUBJECT_NOUNS = new Set(
  ['qualification', 'qualifications', 'certificate', 'course', 'courses'].map(normaliseToken),
);
/** Words that end a subject. */
const SUBJECT_ENDS = new Set('or and is are would will to with for from as equivalent'.split(' ').map(normaliseToken));
const GENERIC_SUBJECT = new Set(
  'a an the relevant related appropriate similar subject subjects area field discipline health healthcare care clinical science sciences studies this'
    .split(' ')
    .map(normaliseToken),
);

/**
 * On a registered profession's advert, a qualification in a subject the taxonomy does not name otherwise
 * ("a certificate in sensory approaches", "a course in clinical examination") is a specialist
 * post-registration qualification: the subject is read after "in", up to a word that ends it.
 */
function subjectCourses(tokens: readonly Token[], scopes: TokenScopes, named: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!SUBJECT_NOUNS.has(tokens[i]!.norm) || tokens[i + 1]!.norm !== 'in') continue;
    let end = i + 2;
    while (end < tokens.length && end - i - 2 < 4 && !SUBJECT_ENDS.has(tokens[end]!.norm)) {
      if (scopes.segment[end] !== scopes.segment[i] && scopes.phraseBreak[end] !== 1) break;
      end++;
    }
    const subject = tokens.slice(i + 2, end).filter((t) => THREE_LETTERS.test(t.norm) && !GENERIC_SUBJECT.has(t.norm));
    // A subject naming a profession is its qualifying award ("qualifications in audiology").
    if (subject.length === 0 || subject.some((t) => PROFESSION_WORDS.has(t.norm))) continue;
    // A subject the taxonomy names is that skill's course ("a certificate in business administration").
    if (named.some((c) => c.start < end && c.end > i)) continue;
    found.push(course(tokens, i, end));
  }
  return found;
}

const course = (tokens: readonly Token[], start: number, end: number): Candidate =>
  readCandidate(tokens, [start, end], SPECIALIST, (variant) => `"${variant}": a course named by its specialty`);
