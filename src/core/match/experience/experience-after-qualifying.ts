import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { STUDIED } from '../qualification/post-registration-course';
import { readCandidate } from '../read-candidate';
import { gapBefore } from '../../text/gap-before';

const POST_REGISTRATION = 'exp-post-registration';
/** The nouns "post" turns into a time after qualifying: "post registration", "post grad", "post qualifying". */
const QUALIFYING = new Set([
  'registration',
  'registered',
  'reg',
  'qualification',
  'qualifying',
  'qualified',
  'graduate',
  'grad',
  'graduation',
]);
/** The same written as one word. */
const JOINED = new Set(['postgraduate', 'postgrad', 'postregistration', 'postqualification', 'postqualifying']);
/** Nouns after "following" or "after" that say since when: "experience following qualification". */
const SINCE = new Set(['qualification', 'qualifying', 'registration', 'registering', 'graduation', 'graduating']);
const EXPERIENCE = new Set(['experience', 'experienced']);
const UNITS = new Set(['year', 'month']);
/** Words that end the run before its noun: a level of study ("post graduate level"), a joined second ask. */
const ENDS = new Set(['level', 'standard', 'and', 'or', 'with', 'in', 'of', 'to', 'at', 'as', 'for']);
/** Words between the noun and "experience" that still qualify it: "post grad clinical NHS experience". */
const BETWEEN = 3;
/** Words between "post" and its noun that say which register or award: "post HCPC registration", "post-full". */
const REGISTER = /^((?=(?:\p{Ll}*\p{Lu}){2})\p{L}{2,6}|full)$/u;
const ABBREVIATION_ROOM = 2;

/**
 * Experience after qualifying asked in the words of its time rather than by the taxonomy's phrases: "post grad
 * MSK experience", "two years postgraduate radiography experience", "a year post HCPC registration",
 * "experience following qualification" (labels decision 9: a duration in the own profession). "Post" and its noun
 * may hold a register's abbreviation between them, and up to three words may qualify the experience after; a
 * noun of study among them ("post graduate diploma and experience") or a level ("post graduate level") makes it
 * a course or a standard instead, which the qualification rules read.
 */
export function withExperienceAfterQualifying(
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  // Copied only once something is read: most criteria name no time after qualifying.
  let out: Candidate[][] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const end = afterQualifying(text, tokens, scopes, i) ?? sinceQualifying(tokens, scopes, i);
    if (end === null) continue;
    out ??= spans.map((span) => [...span]);
    const overlapping = out.find((span) => span[0]!.start < end && i < span[0]!.end);
    if (overlapping?.some((c) => c.terminal.skillId === POST_REGISTRATION)) continue;
    const found = readCandidate(
      tokens,
      [i, end],
      POST_REGISTRATION,
      (variant) => `"${variant}": experience after qualifying`,
    );
    if (overlapping) overlapping.push({ ...found, start: overlapping[0]!.start, end: overlapping[0]!.end });
    else out.push([found]);
  }
  return out ? out.sort((a, b) => a[0]!.start - b[0]!.start) : [...spans];
}

/** One past "experience" in "post [HCPC] registration [clinical] experience", or past the noun after a duration. */
function afterQualifying(text: string, tokens: readonly Token[], scopes: TokenScopes, i: number): number | null {
  let noun = i;
  if (!JOINED.has(tokens[i]!.norm)) {
    if (tokens[i]!.norm !== 'post') return null;
    noun = i + 1;
    while (noun < tokens.length && noun <= i + ABBREVIATION_ROOM && !QUALIFYING.has(tokens[noun]!.norm)) {
      if (!REGISTER.test(tokens[noun]!.raw)) return null;
      noun++;
    }
    if (!QUALIFYING.has(tokens[noun]?.norm ?? '') || !joined(text, tokens, i, noun)) return null;
  }
  for (let k = noun + 1; k < tokens.length && k <= noun + 1 + BETWEEN; k++) {
    if (!joined(text, tokens, k - 1, k) || STUDIED.has(tokens[k]!.norm) || ENDS.has(tokens[k]!.norm)) break;
    if (EXPERIENCE.has(tokens[k]!.norm)) return k + 1;
  }
  // "two years post HCPC registration": the duration says it is experience, unless a course follows.
  const after = tokens[noun + 1];
  const duration = i > 0 && UNITS.has(tokens[i - 1]!.norm) && scopes.clause[i - 1] === scopes.clause[i];
  return duration && noun > i && !(after && STUDIED.has(after.norm)) ? noun + 1 : null;
}

/** One past the noun in "experience … following qualification", the experience asked earlier in the clause. */
function sinceQualifying(tokens: readonly Token[], scopes: TokenScopes, i: number): number | null {
  const word = tokens[i]!.norm;
  if ((word !== 'following' && word !== 'after') || !SINCE.has(tokens[i + 1]?.norm ?? '')) return null;
  if (scopes.clause[i + 1] !== scopes.clause[i]) return null;
  for (let k = scopes.clauseStart[i]!; k < i; k++) if (EXPERIENCE.has(tokens[k]!.norm)) return i + 2;
  return null;
}

/** Whether only spaces or hyphens stand between two tokens: one run of words. */
function joined(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!/^[\s-]*$/.test(gapBefore(text, tokens, k))) return false;
  return true;
}
