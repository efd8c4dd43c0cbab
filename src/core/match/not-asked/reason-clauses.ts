import type { TokenScopes } from '../clauses';
import type { Token } from '../../text/tokenise';

const OPENERS = new Set(['as', 'because', 'since']);
/** Who the reason is about: the applicant once appointed, or the post. */
const PRONOUNS = new Set(['you', 'youll', 'youre', 'they', 'he', 'she']);
const DETERMINERS = new Set(['the', 'this', 'our', 'a', 'an']);
const NOUNS = new Set([
  'candidate',
  'candidates',
  'applicant',
  'applicants',
  'postholder',
  'holder',
  'role',
  'post',
  'job',
  'position',
]);
const NOUN_REACH = 5;
/** The verb that makes "as you …" a clause, not a comparison ("as much a mentor as you are a manager" has none). */
const VERBS = new Set(['will', 'would', 'may', 'might', 'involves', 'requires', 'includes']);
/** "… as you'll need to be equipped for business planning": a reason that asks something itself. */
const ASKS = new Set(['need', 'needs', 'must', 'required', 'expected', 'able', 'have', 'should']);
/** "…, and be able to work shifts": the applicant is asked something again. */
const AGAIN = new Set(['be', 'have', 'must', 'should', 'demonstrate', 'show', 'hold']);

/**
 * For each token, whether it lies in a clause that gives the reason for an ask ("excellent communication
 * skills, as you will be liaising with other professionals", "a team player as the successful candidate will
 * work closely with the multi-disciplinary team"): the reason describes the post, and asks for nothing itself.
 * A reason that opens its sentence ("As you will work with children, …") ends at its comma.
 */
export function reasonTokens(tokens: readonly Token[], scopes: TokenScopes): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!OPENERS.has(tokens[i]!.norm) || tokens[i - 1]?.norm === 'such') continue;
    const verb = verbAfterSubject(tokens, scopes, i + 1);
    if (verb < 0) continue;
    const opensSentence = scopes.clauseStart[i] === i;
    let to = verb + 1;
    while (to < tokens.length && scopes.clause[to] === scopes.clause[i]) {
      if (opensSentence && scopes.segment[to] !== scopes.segment[i]) break;
      if ((tokens[to]!.norm === 'and' || tokens[to]!.norm === 'but') && AGAIN.has(tokens[to + 1]?.norm ?? '')) break;
      to++;
    }
    marks.fill(1, i, to);
  }
  for (let i = 0; i + 3 < tokens.length; i++) {
    const of = workOfThePostAfter(tokens, i);
    if (of < 0) continue;
    let to = of + 1;
    while (to < tokens.length && scopes.segment[to] === scopes.segment[i]) to++;
    marks.fill(1, i, to);
  }
  return marks;
}

/** Words naming the doing of the post's work: "the effective performance of …", "the discharge of …". */
const DOING = new Set(['performance', 'discharge', 'fulfilment', 'fulfillment']);
const MAX_DOING_WORDS = 3;

/**
 * "for the (safe) performance of this public-facing job", "for the proper discharge of these duties": the work
 * an ask is made for, named after it; the "of" it ends on, else -1.
 */
function workOfThePostAfter(tokens: readonly Token[], at: number): number {
  if (tokens[at]!.norm !== 'for' || !DETERMINERS.has(tokens[at + 1]!.norm)) return -1;
  for (let k = at + 2; k < tokens.length && k <= at + 1 + MAX_DOING_WORDS; k++) {
    if (DOING.has(tokens[k]!.norm)) return tokens[k + 1]?.norm === 'of' ? k + 1 : -1;
  }
  return -1;
}

/** The verb of the clause's subject starting at `at`, else -1: "you will", "the successful candidate will". */
function verbAfterSubject(tokens: readonly Token[], scopes: TokenScopes, at: number): number {
  const word = tokens[at]?.norm ?? '';
  let next = -1;
  if (PRONOUNS.has(word)) next = at + 1;
  else if (DETERMINERS.has(word)) {
    // "the successful candidate", "the post holder", "a key aspect of this post": the noun within a few words.
    for (let k = at + 1; k <= at + NOUN_REACH && k < tokens.length; k++) {
      if (NOUNS.has(tokens[k]!.norm)) next = k + 1;
    }
  }
  if (next < 0 || next >= tokens.length || scopes.clause[next] !== scopes.clause[at]) return -1;
  // "as you'll be …", "as you're working …": the verb is glued to the pronoun.
  const verb = word === 'youll' || word === 'youre' ? at : VERBS.has(tokens[next]!.norm) ? next : -1;
  if (verb < 0) return -1;
  const asks = tokens.slice(verb + 1, verb + 3).some((t) => ASKS.has(t.norm));
  return asks ? -1 : verb;
}
