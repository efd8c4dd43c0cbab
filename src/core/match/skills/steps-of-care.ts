import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { readCandidate } from '../read-candidate';

const ASSESSMENT = 'clin-assessment';
const CARE_PLANNING = 'clin-care-planning';
const ORGANISATION = 'other-organisation-time';

/** The steps of the nursing process, in any order and form: assess, plan, implement, evaluate. */
const ASSESS = new Set(['assess', 'assessing', 'assessment', 'assessments']);
const PLAN = new Set([
  'plan',
  'planning',
  'evaluate',
  'evaluating',
  'evaluation',
  'implement',
  'implementing',
  'implementation',
  'deliver',
  'delivering',
  'review',
  'reviewing',
]);
const JOINERS = new Set(['and', '&', 'or']);
/** Words that may qualify the care the steps share: "evaluate holistic patient care". */
const CARE_MODIFIERS = new Set(['patient', 'patients', 'nursing', 'holistic', 'individualised', 'clinical', 'their']);
const CARE = new Set(['care', 'treatment']);
/** With no object named, only the whole process is care: "assessment, planning and evaluation skills". */
const WHOLE_PROCESS = 3;
const PLANNING = new Set(['plan', 'planning', 'evaluate', 'evaluating', 'evaluation']);
const wholeProcess = (tokens: readonly Token[], steps: readonly number[]) =>
  steps.length >= WHOLE_PROCESS &&
  steps.some((k) => ASSESS.has(tokens[k]!.norm)) &&
  steps.some((k) => PLANNING.has(tokens[k]!.norm));

/**
 * The steps of the nursing process listed together ("plan, assess, implement and evaluate patient care",
 * "assessment, planning and evaluation skills") share their object: each step names its skill with it, in
 * whatever order and form the list has them. The planning there is the planning of care, not of one's time.
 */
export function withStepsOfCare(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  let out = [...spans];
  for (let start = 0; start < tokens.length; start++) {
    const run = stepsFrom(tokens, scopes, start);
    if (!run) continue;
    const { end, steps } = run;
    const sharesCare = careAfter(tokens, scopes, end);
    if (steps.length < 2 || (!sharesCare && !wholeProcess(tokens, steps))) {
      start = end;
      continue;
    }
    const inRun = (span: Candidate[]) => span[0]!.start >= start && span[0]!.end <= end + 1;
    out = out
      .map((span) => (inRun(span) ? span.filter((c) => c.terminal.skillId !== ORGANISATION) : span))
      .filter((span) => span.length > 0);
    const named = (id: string) => out.some((span) => span.some((c) => c.terminal.skillId === id));
    const explain = (variant: string) => `the steps of care "${variant}", listed together`;
    for (const [id, words] of [
      [ASSESSMENT, ASSESS],
      [CARE_PLANNING, PLAN],
    ] as const) {
      const step = steps.find((k) => words.has(tokens[k]!.norm));
      if (step === undefined || named(id) || !matcher.skills.has(id)) continue;
      out.push([readCandidate(tokens, [step, step + 1], id, explain)]);
    }
    start = end;
  }
  return out.sort((a, b) => a[0]!.start - b[0]!.start);
}

/** The steps listed from `start` ("plan, assess, implement and evaluate"), or null when none starts there. */
function stepsFrom(tokens: readonly Token[], scopes: TokenScopes, start: number) {
  const isStep = (k: number) => ASSESS.has(tokens[k]!.norm) || PLAN.has(tokens[k]!.norm);
  if (!isStep(start)) return null;
  const steps = [start];
  let k = start + 1;
  while (k < tokens.length && scopes.clause[k] === scopes.clause[start]) {
    const next = JOINERS.has(tokens[k]!.norm) ? k + 1 : k;
    if (next >= tokens.length || !isStep(next) || scopes.clause[next] !== scopes.clause[start]) break;
    steps.push(next);
    k = next + 1;
  }
  return { end: k - 1, steps };
}

/** Whether the care the steps share follows the last of them (tokens after `last`). */
function careAfter(tokens: readonly Token[], scopes: TokenScopes, last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 3 && scopes.clause[k] === scopes.clause[last]; k++) {
    if (CARE.has(tokens[k]!.norm)) return true;
    if (!CARE_MODIFIERS.has(tokens[k]!.norm)) return false;
  }
  return false;
}
