import { tokenise } from '../text/tokenise';
import { SPECIALTIES } from './specialties';

/**
 * Specialties whose name on a qualification is not a post-registration specialist course: a field a
 * profession qualifies in ("midwifery qualification", "mental health nursing degree", "pharmacy
 * qualification"), or a word too broad to name a course ("community", "acute").
 */
const NOT_SPECIALIST = new Set([
  'acute care',
  'maternity',
  'paediatrics',
  'community',
  'primary care',
  'mental health',
  'learning disability',
  'pharmacy',
  'laboratory',
  'outpatients',
]);
/**
 * Phrases that are no specialty's course: a condition or care with a skill of its own ("a COPD diploma",
 * "end of life care training"), and "surgical", whose qualification is a surgeon's college exam.
 */
const NOT_A_COURSE = new Set([
  'COPD',
  'palliative',
  'palliative care',
  'end of life',
  'end of life care',
  'recovery',
  'surgical',
]);
/** Abbreviations of two letters ("ED", "CT") are read as abbreviations only, never as a course's subject. */
const SHORT = /^\p{Lu}{2}$/u;

/** A phrase's normal form, plural and hyphen aside: "theatres" is "theatre", "preassessment" "pre-assessment". */
const key = (phrase: string) =>
  tokenise(phrase)
    .map((t) => t.norm)
    .join('');

/** The specialty phrases a course or qualification may be named by: "a stroke module", "a diploma in oncology". */
export const SPECIALIST_SUBJECTS: readonly string[] = [
  ...new Map(
    SPECIALTIES.filter(([name]) => !NOT_SPECIALIST.has(name))
      .flatMap(([, phrases]) => phrases)
      .filter((p) => !SHORT.test(p) && !NOT_A_COURSE.has(p))
      .map((p) => [key(p), p] as const)
      .reverse(),
  ).values(),
].reverse();

/** What a specialty names when it names a course or qualification (match/qualification/specialist-course). */
export const COURSE_NOUNS: readonly string[] = [
  'course',
  'courses',
  'qualification',
  'qualifications',
  'module',
  'modules',
  'award',
  'certificate',
  'diploma',
  'endorsement',
];
