import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { clauseOfItsOwn, employerSubject } from './employer-commitment';
import { experienceToGain } from '../experience/experience-to-gain';

/** Verbs by which the employer gives the applicant something: "we offer", "the Trust will provide". */
const OFFER = new Set(['offer', 'offers', 'provide', 'provides', 'give', 'gives', 'fund', 'funds']);
/** Words between a subject and its verb that change neither who gives nor what: "we are able to offer". */
const AUXILIARY = new Set([
  'will',
  'can',
  'could',
  'would',
  'may',
  'also',
  'always',
  'are',
  'is',
  'be',
  'able',
  'pleased',
  'happy',
  'to',
]);
/** The applicant named as a clause's subject: "you", "the successful candidate", "post holders". */
const APPLICANT = new Set(['you', 'candidate', 'candidates', 'applicant', 'applicants', 'holder', 'holders']);
/** The applicant named as who receives what is offered: "offers the successful candidate …", "gives applicants …". */
const RECIPIENTS = new Set(['candidate', 'candidates', 'applicant', 'applicants', 'holder', 'holders']);
/** Passives of giving with the applicant as subject: "the post holder will be offered …". */
const RECEIVE = new Set(['given', 'offered', 'provided']);
/** "… training will be provided", "supervision is offered": the passive of giving with what is given before it. */
const GIVEN = new Set(['provided', 'offered', 'given', 'funded', 'available']);
const WORK = new Set(['work', 'working']);
const QUESTION = new Set(['have', 'do', 'did']);
/** Words after which what follows an offer is asked again: "… with the ability to work alone", "or an experienced". */
const ASKS_AGAIN = new Set(['ability', 'able', 'experienced', 'skilled', 'qualified', 'registered']);
const WILL = new Set(['will', 'can', 'also', 'would']);
const FREQUENCY = new Set(['regular', 'ongoing', 'monthly', 'weekly', 'fortnightly', 'daily', 'protected']);
/** What an employer offers that names whom it is for: "an opportunity for a motivated nurse". */
const OPENINGS = new Set(['opportunity', 'opportunities', 'post', 'posts', 'role', 'roles', 'position', 'vacancy']);
/** What an opportunity is for when it is the applicant's own growth, not whom the post is for. */
const GROWTH = new Set([
  'learning',
  'training',
  'development',
  'professional',
  'personal',
  'career',
  'further',
  'continuing',
  'progression',
]);
/** What a post gives its staff, as the subject of a passive: "full training will be provided". */
const GIFTS = new Set([
  'training',
  'support',
  'supervision',
  'mentoring',
  'mentorship',
  'induction',
  'preceptorship',
  'coaching',
  'development',
  'programme',
  'programmes',
  'course',
  'courses',
  'mentor',
  'preceptor',
]);
/** Words a passive's subject starts after: "… desirable however training will be provided", "… ensure support is". */
const SUBJECT_OPENS = new Set([
  'and',
  'but',
  'as',
  'because',
  'since',
  'so',
  'although',
  'though',
  'whilst',
  'while',
  'which',
  'who',
  'that',
  'however',
  'desirable',
  'essential',
  'is',
  'are',
  'be',
  'have',
  'has',
  'must',
  'should',
  'will',
  'would',
  'to',
  'ensure',
  'ensuring',
]);
/** Words that make a comma-separated part an ask or a clause of its own, not one more thing offered. */
const NOT_A_LIST_ITEM = new Set([
  'is',
  'are',
  'be',
  'must',
  'should',
  'will',
  'would',
  'desirable',
  'essential',
  'required',
  'you',
  'we',
  'need',
  'have',
  'please',
]);

/**
 * For each token, whether it lies in what the post gives the applicant rather than asks of them: "we offer
 * regular supervision and training", "you will receive clinical supervision", "you will have access to
 * mentoring", "full training in the systems will be provided". What is offered runs to where a clause of its own
 * starts ("… and you will need …"). What the applicant gives ("you will provide supervision") stays an ask.
 */
export function offeredTokens(tokens: readonly Token[], scopes: TokenScopes): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) {
    const passive = passiveAt(tokens, scopes, k);
    if (passive >= 0) {
      marks.fill(1, passive, k);
      continue;
    }
    // "an opportunity to gain experience in wound care": what the experience is of is gained, not asked.
    const from = gained(tokens, k) ? k + 1 : offerAt(tokens, scopes, k);
    if (from < 0) continue;
    let end = from;
    while (end < tokens.length && scopes.clause[end] === scopes.clause[k] && !clauseOfItsOwn(tokens, end)) {
      if (end > from && scopes.segment[end] !== scopes.segment[end - 1] && !listGoesOn(tokens, scopes, end)) break;
      // "… gain experience in X or an experienced band 5 with the ability to …": an ask again.
      if (ASKS_AGAIN.has(tokens[end]!.norm)) break;
      // "we can offer an opportunity for a motivated nurse": who the post is for is whom it asks for.
      // "… opportunities for professional development" goes on with what is offered.
      if (
        tokens[end]!.norm === 'for' &&
        OPENINGS.has(tokens[end - 1]!.norm) &&
        !GROWTH.has(tokens[end + 1]?.norm ?? '')
      )
        break;
      end++;
    }
    marks.fill(1, from, end);
  }
  return marks;
}

/** Where what is offered starts if the word at `k` is a verb that offers it, else -1. */
function offerAt(tokens: readonly Token[], scopes: TokenScopes, k: number): number {
  const word = tokens[k]!.norm;
  // "a post that will give you …", "it offers the successful candidate …": given to the applicant, whoever gives it.
  const recipient = OFFER.has(word) ? applicantAfter(tokens, k + 1) : -1;
  if (recipient > 0) return tokens[recipient]?.norm === 'with' ? recipient + 1 : recipient;
  if (OFFER.has(word)) {
    const subject = subjectEnd(tokens, k);
    if (subject > 0 && employerSubject(tokens, scopes, subject))
      return word.startsWith('provide') && !givesStaff(tokens, scopes, k + 1) ? -1 : k + 1;
  }
  const receives = word === 'receive' || word === 'expect' || (RECEIVE.has(word) && tokens[k - 1]?.norm === 'be');
  if (receives && applicantSubject(tokens, subjectEnd(tokens, k))) return k + 1;
  // "you will have access to …", "candidates will benefit from …"
  // "you will have regular supervision": a gift the applicant will have, at a stated frequency.
  if (word === 'have' && WILL.has(tokens[k - 1]?.norm ?? '') && applicantSubject(tokens, subjectEnd(tokens, k - 1)))
    return regularGift(tokens, k + 1) ? k + 1 : -1;
  // "… essential that you have access to a car" asks for it.
  if (
    word === 'access' &&
    tokens[k - 1]?.norm === 'have' &&
    tokens[k + 1]?.norm === 'to' &&
    WILL.has(tokens[k - 2]?.norm ?? '')
  )
    return applicantSubject(tokens, subjectEnd(tokens, k - 1)) ? k + 2 : -1;
  return -1;
}

/** Gifts a service is also said to provide ("we provide support to families"): not alone a gift to staff. */
const SERVICE_TOO = new Set(['support', 'development']);
/** Chances opened to the applicant: "we provide opportunities for learning", "the chance to rotate". */
const OPENED = new Set(['opportunity', 'opportunities', 'chance', 'chances']);

/**
 * Whether "we provide" gives the applicant something (training, supervision, a mentor …) in its first part, not
 * the employer's service ("we provide a 7 day service so a commitment to this is essential").
 */
function givesStaff(tokens: readonly Token[], scopes: TokenScopes, from: number): boolean {
  for (let i = from; i < tokens.length && scopes.segment[i] === scopes.segment[from]; i++)
    if (OPENED.has(tokens[i]!.norm) || (GIFTS.has(tokens[i]!.norm) && !SERVICE_TOO.has(tokens[i]!.norm))) return true;
  return false;
}

/** Whether the word at `k` is experience the post lets the applicant gain ("have you experience …?" asks for it). */
const gained = (tokens: readonly Token[], k: number): boolean =>
  !WORK.has(tokens[k]!.norm) &&
  !(tokens[k - 1]?.norm === 'you' && QUESTION.has(tokens[k - 2]?.norm ?? '')) &&
  experienceToGain(tokens, k);

/** Whether the words from `from` are a gift at a stated frequency: "regular supervision", "monthly coaching". */
function regularGift(tokens: readonly Token[], from: number): boolean {
  if (!FREQUENCY.has(tokens[from]?.norm ?? '')) return false;
  for (let i = from + 1; i < tokens.length && i - from <= 3; i++) if (GIFTS.has(tokens[i]!.norm)) return true;
  return false;
}

/** Whether the comma-separated part at `at` goes on with the list of what is offered: it has no verb or level word. */
function listGoesOn(tokens: readonly Token[], scopes: TokenScopes, at: number): boolean {
  for (let i = at; i < tokens.length && scopes.segment[i] === scopes.segment[at]; i++)
    if (NOT_A_LIST_ITEM.has(tokens[i]!.norm)) return false;
  return true;
}

/** One past the subject of the verb at `k`: the auxiliaries before it passed over. */
function subjectEnd(tokens: readonly Token[], k: number): number {
  let at = k;
  while (at > 0 && AUXILIARY.has(tokens[at - 1]!.norm)) at--;
  return at;
}

/** One past the applicant named from `at` as who receives ("you", "the successful candidate"), else -1. */
function applicantAfter(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.norm === 'you') return at + 1;
  let k = at;
  if (tokens[k]?.norm === 'the') k++;
  if (tokens[k]?.norm === 'successful' || tokens[k]?.norm === 'post') k++;
  return RECIPIENTS.has(tokens[k]?.norm ?? '') ? k + 1 : -1;
}

const applicantSubject = (tokens: readonly Token[], end: number): boolean =>
  end > 0 && APPLICANT.has(tokens[end - 1]!.norm);

/**
 * "training will be provided", "full induction and mentoring are offered": where the subject of a passive of giving
 * at `k` starts, else -1. The subject is the words back to where its part of the clause opens, and it names
 * something a post gives (training, supervision, …): "consideration will be given" and "care is given" give nothing.
 */
function passiveAt(tokens: readonly Token[], scopes: TokenScopes, k: number): number {
  if (!GIVEN.has(tokens[k]!.norm)) return -1;
  const be = tokens[k - 1]?.norm;
  if (be !== 'be' && be !== 'is' && be !== 'are') return -1;
  // "available" only as "is/are available": "will be available" is the applicant's availability.
  if (tokens[k]!.norm === 'available' && be === 'be') return -1;
  let from = subjectEnd(tokens, k - 1);
  const end = from;
  const segment = scopes.segment[k]!;
  while (from > 0 && scopes.segment[from - 1] === segment && !SUBJECT_OPENS.has(tokens[from - 1]!.norm)) from--;
  for (let i = from; i < end; i++) if (GIFTS.has(tokens[i]!.norm)) return from;
  return -1;
}
