import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import type { Token } from '../../text/tokenise';

const SHIFT = 'lead-shift-coordination';
const DEPUTISE = /^deputi[sz]/;
/** Words naming the ward, its shift or team, or a ward-level grade: deputising there is taking charge. */
const WARD_LEVEL = new Set([
  'ward',
  'wards',
  'unit',
  'shift',
  'shifts',
  'sister',
  'charge',
  'team',
  'teams',
  'band',
  'bay',
]);
/** Heads of a post deputised for, above or outside the ward: a director, a head, a manager or lead of a service. */
const POST_ABOVE = new Set([
  'manager',
  'managers',
  'director',
  'directors',
  'head',
  'heads',
  'chief',
  'lead',
  'leads',
  'leader',
  'leaders',
  'matron',
  'matrons',
  'consultant',
  'consultants',
  'clinician',
  'clinicians',
  'officer',
  'officers',
  'executive',
  'practitioners',
  'therapists',
  'physiotherapists',
  'psychologists',
  'pharmacists',
  'scientists',
]);
/** Words that end the phrase naming whom the post deputises for: "deputise when required and …". */
const PHRASE_END = new Set(['when', 'where', 'if', 'whenever', 'to', 'with', 'and', 'as', 'on', 'at', 'during']);
/** Tokens read after the verb: "deputising while the [Head of a named service] is away". */
const MAX_AFTER = 9;

/**
 * Deputising is taking charge of the ward (lead-shift-coordination) where it is for the ward's own manager, team
 * or grade, or no post is named. Deputising for a director, a head, or the manager or lead of a service stands in
 * for a senior post ("deputises for our estates director", "stands in as deputy to the pharmacy's head"), which
 * is no shift or ward to coordinate; the id goes.
 */
export function withoutDeputisingAboveTheWard(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter(
    (span) => !span.every((c) => c.terminal.skillId === SHIFT) || !deputisesAbove(tokens, scopes, span),
  );
}

function deputisesAbove(tokens: readonly Token[], scopes: TokenScopes, span: readonly Candidate[]): boolean {
  const start = span[0]!.start;
  if (!DEPUTISE.test(tokens[start]!.norm)) return false;
  for (let k = start + 1; k < tokens.length && k <= start + MAX_AFTER; k++) {
    if (scopes.segment[k] !== scopes.segment[start] || scopes.phraseBreak[k] === 1) return false;
    const norm = tokens[k]!.norm;
    if (WARD_LEVEL.has(norm)) return false;
    if (POST_ABOVE.has(norm)) return true;
    // "and" joins two posts ("associate and deputy directors") but otherwise starts a new duty.
    if (PHRASE_END.has(norm) && !(norm === 'and' && POST_ABOVE.has(tokens[k + 2]?.norm ?? ''))) return false;
  }
  return false;
}
