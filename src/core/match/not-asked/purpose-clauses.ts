import type { TokenScopes } from '../clauses';
import { findPhrases, phraseSet } from '../phrase-finder';
import type { Token } from '../../text/tokenise';

/** "… in order to …", "… to join our team": what follows says why, not what the applicant must have. */
const PURPOSE_OPENERS = phraseSet([
  'in order to',
  'so as to',
  'for the purpose of',
  'for the purposes of',
  'so that',
  'to join',
  'and join',
  'joining our',
  // The employer's own team or service, and what it does: "as part of our community nursing team", "a
  // team that encourages new ideas", "a service which delivers excellent care".
  'part of our',
  'in line with our',
  ...['team', 'teams', 'service', 'services', 'department', 'trust', 'organisation'].flatMap((noun) => [
    `${noun} that`,
    `${noun} which`,
  ]),
]);

/** Verbs of the post's purpose: "… treatment to provide a high quality service". */
const PURPOSE_VERBS = new Set([
  'provide',
  'deliver',
  'ensure',
  'support',
  'help',
  'assist',
  'maintain',
  'achieve',
  'enable',
  'facilitate',
  'promote',
  'improve',
  'meet',
]);

/**
 * Words after which "to VERB" is what is asked, not a purpose: "the ability to deliver high quality
 * care", "willing to support", "committed to providing".
 */
const ASKING = new Set([
  'ability',
  'abilities',
  'able',
  'unable',
  'willing',
  'willingness',
  'capable',
  'capability',
  'capacity',
  'commitment',
  'committed',
  'dedication',
  'dedicated',
  'desire',
  'keen',
  'want',
  'wants',
  'wish',
  'motivation',
  'motivated',
  'passion',
  'passionate',
  'need',
  'needs',
  'how',
  'skills',
  'skill',
  'experience',
  'experienced',
  'require',
  'required',
  'requires',
  'expected',
  'prepared',
  'confident',
  'confidence',
  'aptitude',
  'eager',
  'enthusiasm',
  'drive',
  'determination',
  // "always seeking to improve current processes": the applicant's own striving.
  'seeking',
  'seeks',
  'striving',
  'strives',
  'approach',
  'asked',
  'eligible',
  'must',
  'should',
  'will',
  'can',
  'and',
  'or',
]);

/** "… to meet the rota of the unit and be able to work shifts", "… as such you must have": the ask starts again. */
const AGAIN = new Set(['be', 'have', 'has', 'able', 'must', 'should', 'will', 'can', 'demonstrate', 'show', 'hold']);
const asksAgain = (tokens: readonly Token[], at: number) =>
  MODALS.has(tokens[at]!.norm) ||
  ((tokens[at]!.norm === 'and' || tokens[at]!.norm === 'but') && AGAIN.has(tokens[at + 1]?.norm ?? '')) ||
  applicantSubject(tokens, at);
const MODALS = new Set(['must', 'should']);

/** What the applicant is asked to be or have, said with the applicant as subject: "you need", "you are", "you must". */
const ASKED_OF_YOU = new Set(['need', 'needs', 'must', 'should', 'are', 'have', 'hold', 'possess', 'require']);
/** Words after which "you" is no new subject: the purpose's object ("to help you"), a relative ("where you"). */
const NOT_A_NEW_SUBJECT = new Set([...PURPOSE_VERBS, 'that', 'where', 'which', 'who', 'when', 'while', 'whilst', 'as']);

/**
 * "To join the night staff you need to be a qualified nurse", "… aims to support new starters if you are …": the
 * applicant as the subject of a clause of its own that asks something ends the purpose before it, with or without a
 * comma. What the applicant "will be" or "will be able to" do there is still the post's ("As part of our unit you
 * will be able to rotate …").
 */
function applicantSubject(tokens: readonly Token[], at: number): boolean {
  const norm = tokens[at]!.norm;
  if ((norm !== 'you' && norm !== 'youll') || NOT_A_NEW_SUBJECT.has(tokens[at - 1]?.norm ?? '')) return false;
  const will = norm === 'youll' || tokens[at + 1]?.norm === 'will';
  const verb = tokens[at + (will && norm === 'you' ? 2 : 1)]?.norm ?? '';
  return ASKED_OF_YOU.has(verb);
}

/**
 * For each token, whether it lies in a clause that says what the post is for ("… to provide a high
 * quality service", "in order to support colleagues", "… to join our multidisciplinary team"): a skill
 * named there is the post's purpose or the employer's description, not something the applicant is
 * asked to have. A "to" after a word that asks ("the ability to deliver …") opens no purpose.
 */
export function purposeTokens(tokens: readonly Token[], scopes: TokenScopes): Uint8Array {
  const inPurpose = new Uint8Array(tokens.length);
  const markFrom = (from: number) => {
    let to = from + 1;
    for (;;) {
      const segment = scopes.segment[to - 1];
      while (to < tokens.length && scopes.segment[to] === segment && !asksAgain(tokens, to)) to++;
      if (continuesTheNoun(tokens, scopes, from, to)) {
        to++;
        continue;
      }
      if (!continuesTheList(tokens, scopes, to)) break;
      to++;
    }
    inPurpose.fill(1, from, to);
  };
  for (const opener of findPhrases(tokens, PURPOSE_OPENERS)) markFrom(opener.start);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'to' || !PURPOSE_VERBS.has(tokens[i + 1]!.norm)) continue;
    if (scopes.clauseStart[i] === i) continue;
    let before = i - 1;
    if (/ly$/.test(tokens[before]!.norm) && before > scopes.clauseStart[i]!) before--;
    if (ASKING.has(tokens[before]!.norm) || asksInChain(tokens, scopes, i)) continue;
    markFrom(i);
  }
  return inPurpose;
}

/** Verbs that go on a list of what the post is for: "… to improve services, help us develop systems". */
const LISTED_PURPOSES = new Set([
  ...PURPOSE_VERBS,
  'develop',
  'take',
  'expand',
  'shape',
  'drive',
  'lead',
  'create',
  'build',
  'grow',
  'implement',
  'embed',
  'contribute',
]);

/**
 * Whether the segment starting at `at` goes on with the purpose before it: a further infinitive of its
 * list, in the same clause, after a comma ("…, help us develop systems"; "…, and take on students").
 */
function continuesTheList(tokens: readonly Token[], scopes: TokenScopes, at: number): boolean {
  if (at >= tokens.length || scopes.clause[at] !== scopes.clause[at - 1]) return false;
  // "to coach, develop and influence the teams": bare verbs sharing one object, which is read as asked.
  if (tokens[at - 2]?.norm === 'to') return false;
  const first = tokens[at]!.norm === 'and' ? at + 1 : at;
  return (
    first < tokens.length && scopes.clause[first] === scopes.clause[at] && LISTED_PURPOSES.has(tokens[first]!.norm)
  );
}

/** Words that end a noun phrase running on after a comma: a subject, a relative, a verb of asking, a new clause. */
const NOT_THE_NOUN_GOING_ON = new Set([
  ...ASKING,
  'you',
  'youll',
  'we',
  'they',
  'i',
  'who',
  'which',
  'that',
  'where',
  'while',
  'whilst',
  'with',
  'as',
  'including',
  'be',
  'have',
  'has',
  'is',
  'are',
  'to',
  'if',
  'so',
  'but',
  'also',
  'this',
  'these',
  'it',
  'there',
]);
/** Words before or inside a purpose that make the clause the applicant's own ask: its list is not the purpose's. */
const ASKED_IN_THE_CLAUSE = new Set([
  'who',
  'you',
  'youll',
  'candidate',
  'candidates',
  'applicant',
  'applicants',
  'must',
  'should',
  'need',
  'needs',
  'require',
  'requires',
  'required',
]);
const NOUN_WORDS = 8;

/**
 * "… to give timely, kind care", "… to join our busy, multidisciplinary unit": the purpose's noun phrase goes on
 * after a comma (or a bracket) in a short segment with no subject, relative, verb of asking or new clause in it, and
 * not opening on a verb's -ing or -ed form ("…, covering for colleagues …"). Not where the clause, up to there, names
 * the applicant, describes them ("… who will …") or asks something ("you will be highly motivated, …"): the list
 * after the comma is then the applicant's.
 */
function continuesTheNoun(tokens: readonly Token[], scopes: TokenScopes, from: number, at: number): boolean {
  if (at >= tokens.length || scopes.clause[at] !== scopes.clause[at - 1]) return false;
  for (let k = scopes.clauseStart[at]!; k < at; k++) if (ASKED_IN_THE_CLAUSE.has(tokens[k]!.norm)) return false;
  // "… to meet the registration requirements of the council (HCPC)": a requirement met is the applicant's to meet.
  if (from < scopes.clauseStart[at]! || tokens[from + 1]?.norm === 'meet') return false;
  let end = at;
  while (end < tokens.length && scopes.segment[end] === scopes.segment[at]) end++;
  if (end - at > NOUN_WORDS || /(?:ing|ed)$/.test(tokens[at]!.norm)) return false;
  for (let k = at; k < end; k++) if (NOT_THE_NOUN_GOING_ON.has(tokens[k]!.norm)) return false;
  return true;
}

/** Words between an asked infinitive and a second "to" of its chain ("motivated to work in our team to provide …"). */
const CHAIN_WORDS = 8;

/**
 * "Motivated to work within our team to provide the best care": a "to VERB" that goes on from an infinitive
 * already asked for, in the same segment, says what the applicant is asked to do, not what the post is for.
 */
function asksInChain(tokens: readonly Token[], scopes: TokenScopes, to: number): boolean {
  const from = Math.max(scopes.clauseStart[to]!, to - CHAIN_WORDS);
  for (let k = to - 2; k > from; k--) {
    if (scopes.segment[k] !== scopes.segment[to]) return false;
    if (tokens[k]!.norm === 'to' && ASKING.has(tokens[k - 1]!.norm)) return true;
  }
  return false;
}
