import type { Token } from '../../text/tokenise';

const TIME = new Set(['year', 'years', 'month', 'months']);
/** "this year", "per year", "the next 6 months": a time from now, or a rate, not time spent working. */
const NOT_SPENT = new Set(['this', 'next', 'per', 'each', 'every', 'academic', 'financial', 'calendar']);
/** "a 12 month fixed term", "12 months secondment", "the third year running": the post's term, a record. */
const TERM_AFTER = new Set(['fixed', 'contract', 'secondment', 'running', 'maternity', 'temporary']);
/** "within 6 months of interview": a deadline. */
const DEADLINE_BEFORE = 'within';

/**
 * Whether a word of time at `i` ("year", "months"), a cue for experience, is not how long the applicant
 * has worked: a time from now or a rate ("this year", "per year", "in the next 6 months"), the post's
 * term ("12 month fixed term", "6 months secondment"), a record or an award ("the third year running",
 * "Trust of the Year"), a plan or an age ("5 year forward plan", "over 65 years of age"), or a deadline
 * ("registered within 6 months of appointment"). "2 years' experience", "12 months in acute care" still cue.
 */
export function notADurationOfExperience(tokens: readonly Token[], i: number): boolean {
  if (!TIME.has(tokens[i]!.norm)) return false;
  const before = (k: number) => tokens[i - k]?.norm;
  const after = tokens[i + 1]?.norm;
  if (NOT_SPENT.has(before(1) ?? '') || NOT_SPENT.has(before(2) ?? '')) return true;
  if (after !== undefined && TERM_AFTER.has(after)) return true;
  // "Trust of the Year", "a 5 year forward plan", "over 65 years of age": an award, a plan, an age.
  if (before(1) === 'the' && before(2) === 'of') return true;
  if (after === 'forward' || after === 'plan' || after === 'old') return true;
  if (after === 'of' && tokens[i + 2]?.norm === 'age') return true;
  const deadline = [1, 2, 3].some((k) => before(k) === DEADLINE_BEFORE);
  return deadline && after === 'of';
}
