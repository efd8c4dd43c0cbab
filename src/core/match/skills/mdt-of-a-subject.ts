import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import type { Token } from '../../text/tokenise';

const MDT = 'comm-mdt';
/** Words naming a subject of study or teaching, a method or a place of work: what such an adjective may qualify. */
const SUBJECTS = new Set([
  'science',
  'sciences',
  'technique',
  'techniques',
  'method',
  'methods',
  'methodology',
  'methodologies',
  'education',
  'training',
  'teaching',
  'simulation',
  'curriculum',
  'base',
  'building',
  'premises',
]);
/** Words that make the adjective qualify people or their work together, whatever follows. */
const TOGETHER = new Set([
  'team',
  'teams',
  'working',
  'work',
  'colleagues',
  'staff',
  'professionals',
  'members',
  'partners',
  'meetings',
  'meeting',
]);
/** The adjective written whole or in parts: "multidisciplinary", "multi-professional", "inter agency". */
const ADJECTIVE_FIRST = /^(?:multi|inter|cross|trans)/i;
const ADJECTIVE_LAST = /(?:disciplinary|professional|agency)$/i;
/** Words read past between the adjective and its noun: "a multi-professional [therapy] base". */
const MAX_BETWEEN = 3;

/**
 * "Multi-disciplinary" and its kin alone (no team or working named with them) ask for work within a
 * multidisciplinary team only where they qualify people or their work. Before a subject, a method, teaching or a
 * building they say what kind of thing that is: "knowledge of multi-agency assessment methods", "laboratory work
 * in cross-disciplinary physical science", "delivering interprofessional teaching", "a multi-professional
 * clinic base". An abbreviation ("MDT training") names the team and stays.
 */
export function withoutMdtOfASubject(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter(
    (span) => !span.every((c) => c.terminal.skillId === MDT) || !qualifiesASubject(tokens, scopes, span),
  );
}

function qualifiesASubject(tokens: readonly Token[], scopes: TokenScopes, span: readonly Candidate[]): boolean {
  const { start, end } = span[0]!;
  if (span.some((c) => c.start !== start || c.end !== end)) return false;
  if (!ADJECTIVE_FIRST.test(tokens[start]!.raw) || !ADJECTIVE_LAST.test(tokens[end - 1]!.raw)) return false;
  for (let k = end; k < tokens.length && k <= end + MAX_BETWEEN; k++) {
    if (scopes.segment[k] !== scopes.segment[start] || scopes.phraseBreak[k] === 1) return false;
    const norm = tokens[k]!.norm;
    if (SUBJECTS.has(norm)) return true;
    if (TOGETHER.has(norm)) return false;
  }
  return false;
}
