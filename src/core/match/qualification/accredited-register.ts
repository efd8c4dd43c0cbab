import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

const ACCREDITED = 'reg-accredited-register';
const STATUTORY = 'reg-statutory-registration';
/** Words (normal forms) that make a voluntary register one the applicant is on, or is to be on. */
const HELD = new Set([
  'registration',
  'registered',
  'register',
  'registrant',
  'accreditation',
  'accredited',
  'eligible',
]);
/** What an accreditation may be of instead of the applicant: "a BPS accredited course". */
const ACCREDITED_THINGS = new Set([
  'course',
  'courses',
  'programme',
  'programmes',
  'training',
  'qualification',
  'qualifications',
  'degree',
  'doctorate',
  'certificate',
  'diploma',
  'route',
]);
/** How far from the register's name the word saying it is held may be. */
const REACH = 6;

/**
 * A voluntary register (RCCP, BABCP, UKPHR …) asked for as one the applicant is registered or accredited
 * with counts as a professional registration (labelling decision 7), which the taxonomy has it name as well.
 * Named otherwise it names no registration: membership of a body, or a body accrediting a course ("a BPS
 * accredited certificate course", "training as accredited by …") is not the applicant's register.
 */
export function withoutRegistersNotHeld(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans
    .map((span) => {
      if (!span.some((c) => c.terminal.skillId === ACCREDITED)) return span;
      const { start, end } = span[0]!;
      return heldRegister(tokens, scopes, start, end) ? span : span.filter((c) => c.terminal.skillId !== STATUTORY);
    })
    .filter((span) => span.length > 0);
}

function heldRegister(tokens: readonly Token[], scopes: TokenScopes, start: number, end: number): boolean {
  if (accreditor(tokens, scopes, start)) return false;
  const from = Math.max(scopes.clauseStart[start]!, start - REACH);
  const to = Math.min(scopes.clauseEnd[start]!, end + REACH);
  for (let i = from; i < to; i++) {
    if (i >= start && i < end) continue;
    const word = tokens[i]!.norm;
    if (!HELD.has(word)) continue;
    if (word.startsWith('accredit') && ofAThing(tokens, i, to)) continue;
    return true;
  }
  return false;
}

/** "accredited by the British Psychological Society": the body accredits something else. */
function accreditor(tokens: readonly Token[], scopes: TokenScopes, start: number): boolean {
  for (let k = start - 1; k >= Math.max(scopes.clauseStart[start]!, start - 3); k--) {
    const word = tokens[k]!.norm;
    if (word === 'by') return true;
    if (word !== 'the') return false;
  }
  return false;
}

/** "accredited certificate course", "as accredited by": the accreditation is of a course or training. */
function ofAThing(tokens: readonly Token[], i: number, to: number): boolean {
  if (tokens[i - 1]?.norm === 'as' || tokens[i + 1]?.norm === 'by') return true;
  for (let k = i + 1; k < Math.min(to, i + 4); k++) if (ACCREDITED_THINGS.has(tokens[k]!.norm)) return true;
  return false;
}
