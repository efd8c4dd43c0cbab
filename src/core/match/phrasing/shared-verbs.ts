import type { TokenScopes } from '../clauses';
import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';

/**
 * Verbs of the things a post asks the applicant to do, which a list of objects after them shares:
 * "providing supervision, consultation and training" provides the training too.
 */
const VERBS = new Set(
  [
    'provide',
    'providing',
    'deliver',
    'delivering',
    'manage',
    'managing',
    'managed',
    'lead',
    'leading',
    'led',
    'supervise',
    'supervising',
    'support',
    'supporting',
    'develop',
    'developing',
    'coordinate',
    'coordinating',
    'undertake',
    'undertaking',
  ].map(normaliseToken),
);
/**
 * Verbs of teaching that share one object with another verb joined to them ("training or supervising staff",
 * "mentoring and developing students"), though a list after them is no list of their objects ("training in A, B and
 * C"). A light verb before them does not take their object: "support and mentor students" is mentoring alone.
 */
const TEACHING_VERBS = new Set(
  [
    'train',
    'training',
    'teach',
    'teaching',
    'educate',
    'educating',
    'mentor',
    'mentoring',
    'coach',
    'coaching',
    'motivate',
    'motivating',
    'inspire',
    'inspiring',
    'appraise',
    'appraising',
  ].map(normaliseToken),
);
const LIGHT_VERBS = new Set(
  ['support', 'supporting', 'provide', 'providing', 'deliver', 'delivering', 'undertake', 'undertaking'].map(
    normaliseToken,
  ),
);
const joinedVerbs = (first: string, second: string): boolean =>
  (VERBS.has(first) && VERBS.has(second)) ||
  ((TEACHING_VERBS.has(first) || TEACHING_VERBS.has(second)) &&
    (VERBS.has(first) || TEACHING_VERBS.has(first)) &&
    (VERBS.has(second) || TEACHING_VERBS.has(second)) &&
    !LIGHT_VERBS.has(first));
/** Qualities a list of roles shares: "an effective adviser, teacher and leader" is an effective leader too. */
const QUALITIES = new Set(
  ['effective', 'exceptional', 'experienced', 'competent', 'strong', 'natural', 'confident', 'talented', 'skilled'].map(
    normaliseToken,
  ),
);
/** Nouns of those verbs share a list only with their "of": "management of staff, budgets and …". */
const NOUNS = new Set(['provision', 'delivery', 'management', 'supervision', 'development'].map(normaliseToken));
const CONJUNCTIONS = new Set(['and', 'or', '&']);
/** A preposition in the first object takes the list as its own: "manage priorities for self, staff and …". */
const PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'in', 'within', 'on', 'from', 'across', 'by', 'about']);
/** The objects of a list are short: after a longer one, the list has ended. */
const MAX_CONJUNCT_WORDS = 3;
const MAX_CONJUNCTS = 5;

/**
 * For each token that starts an object of a list after one of the verbs or qualities (but the first object,
 * which stands next to its verb already), the verb's token, else -1; the verb's "of" ("management of staff,
 * budgets and …") goes with it.
 */
export function sharedVerbs(
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  /** Tokens of clauses that say what the post is for ("in order to provide …"): their verbs ask for nothing. */
  purpose?: Uint8Array,
): Int32Array {
  const verbs = new Int32Array(tokens.length).fill(-1);
  for (let v = 0; v < tokens.length - 1; v++) {
    if (purpose?.[v] === 1) continue;
    const of = tokens[v + 1]!.norm === 'of';
    const norm = tokens[v]!.norm;
    const coordinated = coordinatedObject(tokens, scopes, v);
    if (coordinated >= 0 && verbs[coordinated] === -1) verbs[coordinated] = v;
    if (!VERBS.has(norm) && !QUALITIES.has(norm) && !(of && NOUNS.has(norm))) continue;
    const first = of ? v + 2 : v + 1;
    const starts: number[] = [];
    let words = 0;
    let conjuncts = 1;
    for (let k = first; k < tokens.length && scopes.clause[k] === scopes.clause[v]; k++) {
      const token = tokens[k]!;
      if (k > first && (VERBS.has(token.norm) || (starts.length === 0 && PREPOSITIONS.has(token.norm)))) break;
      const gap = text.slice(tokens[k - 1]!.end, token.start);
      const afterConjunction = k > first && CONJUNCTIONS.has(tokens[k - 1]!.norm);
      if (CONJUNCTIONS.has(token.norm)) continue;
      if (k > first && (/[,/]/.test(gap) || afterConjunction)) {
        if (++conjuncts > MAX_CONJUNCTS) break;
        starts.push(k);
        words = 0;
      }
      // A longer run of words ends the list ("… and training to junior staff"): no object follows it.
      if (++words > MAX_CONJUNCT_WORDS) break;
    }
    for (const start of starts) if (verbs[start] === -1) verbs[start] = v;
  }
  return verbs;
}

/**
 * "Management and development of a laboratory", "leading and supporting staff": two verbs (or nouns of
 * them) joined share the object after the second; the first object's token, else -1.
 */
function coordinatedObject(tokens: readonly Token[], scopes: TokenScopes, v: number): number {
  const first = tokens[v]!.norm;
  if (!CONJUNCTIONS.has(tokens[v + 1]?.norm ?? '')) return -1;
  // "and/or" is one conjunction.
  const s = tokens[v + 1]!.norm === 'and' && tokens[v + 2]?.norm === 'or' ? v + 3 : v + 2;
  const second = tokens[s]?.norm ?? '';
  if (scopes.clause[s] !== scopes.clause[v]) return -1;
  const verbs = joinedVerbs(first, second);
  const nouns = NOUNS.has(first) && NOUNS.has(second) && tokens[s + 1]?.norm === 'of';
  if (!verbs && !nouns) return -1;
  const object = nouns ? s + 2 : s + 1;
  return object < tokens.length && scopes.clause[object] === scopes.clause[v] ? object : -1;
}
