import type { Token } from '../../text/tokenise';
import type { Candidate } from '../find-candidates';

const WORK_PATTERN = 'other-work-pattern';
/** A word written in the plural: "nights", "earlies", "weekends". */
const PLURAL = /[a-z]s$/i;

/** Words (normal forms) a singular time qualifies as a pattern of work: "weekend working", "evening shift". */
const OF_WORK = new Set([
  'working',
  'work',
  'shift',
  'duty',
  'availability',
  'cover',
  'rota',
  'pattern',
  'per',
  'session',
  'clinic',
  'hour',
  'on-call',
]);
/** Words passed over on the way: "weekend and bank holiday working", "weekend or evening shift". */
const ON_THE_WAY = new Set(['and', 'or', 'bank', 'holiday', 'weekend', 'evening', 'night', 'day', 'early', 'late']);

/**
 * A time of day or week is a working pattern as a recurring plural ("nights", "weekends", "earlies and lates"),
 * or a singular qualifying the work ("weekend working", "one evening per week"), not as the singular or the
 * adjective the comparison folds it into ("lead the hospital at night", "early intervention", "early
 * adversity"): a one-word pattern written in the plural needs the plural in the text, or work after it.
 */
export function withoutSingleTimes(tokens: readonly Token[], spans: readonly Candidate[][]): Candidate[][] {
  return spans.map((span) => span.filter((c) => !singleTime(tokens, c))).filter((span) => span.length > 0);
}

function singleTime(tokens: readonly Token[], c: Candidate): boolean {
  if (c.terminal.skillId !== WORK_PATTERN || c.end - c.start !== 1) return false;
  const variant = c.terminal.variant;
  if (/\s/.test(variant) || !PLURAL.test(variant)) return false;
  if (PLURAL.test(tokens[c.start]!.raw.replace(/['’]$/, ''))) return false;
  for (let k = c.end; k < Math.min(tokens.length, c.end + 4); k++) {
    const norm = tokens[k]!.norm;
    if (OF_WORK.has(norm)) return false;
    if (!ON_THE_WAY.has(norm)) return true;
  }
  return true;
}
