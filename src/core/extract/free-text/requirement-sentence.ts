import { applicantAsks, describesYou, mustAsks } from './applicant-asks';
import {
  closesOnLevel,
  itIsThatYou,
  listsRequirements,
  mattersInYou,
  statedLevel,
  statedWord,
  statements,
} from './level-statements';
import { hedgedLevel, type MarkedLevel } from './levels';
import { remembered } from '../../text/remembered';
import { HOLDS, REQUIREMENT_NOUN } from './requirement-nouns';

/**
 * Is one sentence of running prose a requirement of the applicant, and at what level? A requirement is
 * what the applicant is asked to have, be or show (design: labelling.md): "You will have …", "The
 * successful candidate must …", "We are looking for someone with …", "Experience of … is essential",
 * "This post would suit someone with …". The employer's pitch, duties, benefits and notes are not.
 */

// "We are looking for someone with …", "Applications are invited from …", "we require"; not "if you are looking for".
const WE = String.raw`(?:we|we['’]re|we\s+are|I\s+am|I['’]m|(?<!\byou\s)(?:is|are))`;
const SEEKING = [
  String.raw`look(?:ing)?\s+(?:for|to\s+(?:recruit|appoint|employ|welcome|hear\s+from))`,
  String.raw`seeking(?:\s+to\s+(?:recruit|appoint|employ))?|seek\s+to\s+(?:recruit|appoint|employ)`,
  String.raw`recruiting(?:\s+for)?|searching\s+for`,
  String.raw`keen\s+to\s+(?:recruit|hear\s+from|meet|appoint|employ)`,
  String.raw`wish(?:ing)?\s+to\s+(?:appoint|recruit)`,
  String.raw`want(?:ing)?\s+to\s+(?:recruit|appoint)`,
  String.raw`invit(?:e|ing)\s+applications\s+from`,
  'require',
  'need',
];
// "The Trust seeks …": the employer named, in the third person; not "an approach which seeks to …".
const SEEKS = String.raw`(?<!\b(?:which|that|who)\s)\bseeks\b(?!\s+to\s+(?!(?:recruit|appoint|employ)\b))`;
const WE_LOOK_FOR = new RegExp(
  String.raw`\b${WE}\s+(?:currently\s+|now\s+|therefore\s+|also\s+)?(?:${SEEKING.join('|')})\b|${SEEKS}`,
  'i',
);
const PEOPLE = 'people|someone|somebody|individuals|candidates|applicants';
const INVITED = new RegExp(
  String.raw`\bapplications\s+are\s+(?:invited|sought)\s+from\b|\blook(?:ing)?\s+for\s+(?:${PEOPLE})\b`,
  'i',
);
// "… someone who has …", "… people who can demonstrate …": the person sought, described by what they hold.
const WHO_IS = 'able|experienced|registered|qualified|skilled|trained|competent';
const WHO_HAS = new RegExp(
  String.raw`\bwho\s+(?:has|have|holds?|possess(?:es)?|can\s+demonstrate|(?:is|are)\s+(?:${WHO_IS}))\b`,
  'i',
);
// "… applicants who embrace our values", "… someone who shares this commitment": sought for the values they hold.
const WHO_SHARES = /\b(?:who|that)\s+(?:will\s+|can\s+)?(?:share|shares|embrace|embraces|uphold|upholds)\b/i;
// "… people who can reassure", "… someone who is flexible", "… a nurse that is a good communicator": what the
// person sought can do, or is when that names a quality asked (labelling decision 1; "who is enthusiastic and
// innovative" is adjectives only; "who will form part of the team", "who can support the team" are the post's).
const THE_POSTS_PART = String.raw`support|help|join|contribute|be\s+(?:an?\s+)?part|make\s+a\s+difference|lead\s+on|provide\s+support`;
const WHO_CAN = new RegExp(String.raw`\b(?:who|that)\s+can\s+(?!(?:\w+ly\s+)?(?:${THE_POSTS_PART})\b)`, 'i');
const WHO_IS_WHAT = /\b(?:who|that)\s+(?:is|are)\s+(.+)/i;
// "Caring and compassionate" is one more adjective, though it holds the stem of "a passion for".
const COMPASSION = /\bcompassion\w*/gi;
const describedAsAsked = (who: string): boolean =>
  WHO_CAN.test(who) || REQUIREMENT_NOUN.test((WHO_IS_WHAT.exec(who)?.[1] ?? '').replace(COMPASSION, ''));

// The pitch after the person sought: "… to join our friendly team", "… to support our service".
const TO_WORK = 'work\\s+(?:in|within|on|at|as|alongside|with|across)';
const TO_JOIN = new RegExp(
  String.raw`\s(?:to\s+(?:join|${TO_WORK}|support|complete|be\s+part|lead|help|provide|deliver|cover)|into)\b`,
  'i',
);

/** "We are looking for a nurse with …": someone sought, named by what they hold before the pitch starts. */
function seeksSomeone(body: string): boolean {
  const sought = WE_LOOK_FOR.exec(body) ?? INVITED.exec(body);
  if (!sought) return false;
  const person = body.slice(sought.index + sought[0].length);
  const cut = TO_JOIN.exec(person);
  const who = cut ? person.slice(0, cut.index) : person;
  return HOLDS.test(who) || WHO_HAS.test(who) || WHO_SHARES.test(who) || describedAsAsked(who);
}

// "This post would suit …", "The role requires …", "The post is open to …".
const POSTS = 'posts?|roles?|positions?|jobs?|vacanc(?:y|ies)|opportunit(?:y|ies)|programme';
const THE_POST = String.raw`(?:(?:this|the|these)\s+(?:${POSTS})|it)`;
const FITS = 'suitable|ideal|open|aimed|available';
const SUITS = [
  String.raw`(?:would\s+|will\s+)?(?:ideally\s+)?(?:suit|suits|requires?|calls\s+for|would\s+benefit)`,
  String.raw`(?:is|are)\s+(?:not\s+|only\s+|primarily\s+)?(?:${FITS})\s+(?:for|to|at)`,
  String.raw`would\s+be\s+(?:ideal|suitable)\s+for`,
].join('|');
const POST_SUITS = new RegExp(
  String.raw`(?<!\bif\s)\b${THE_POST}\s+(?:${SUITS})\b|\bthis\s+will\s+require\b|\b(?:role|post|job|position)\s+that\s+(?:requires|calls\s+for)\b`,
  'i',
);
// "If you are an experienced …", "If you have …".
const IF_YOU =
  /\bif\s+you(?:['’]re|\s+are|\s+have|\s+hold|\s+possess)\s+(?!(?:interested|looking|ready|keen|thinking|passionate))/i;
// "If you are an experienced pharmacist, we'd love to hear from you": experience asked (labelling decision 11),
// whatever the invitation after it.
const IF_EXPERIENCED = /^(?:so\s+|and\s+)?if\s+you(?:['’]re|\s+are)\s+(?:an?\s+)?(?:[\w-]+,?\s+){0,3}?experienced\b/i;
// Visas and sponsorship: who may apply.
const RIGHT_TO_WORK = /\b(?:sponsorship|visa|right\s+to\s+work|tier\s*2|work\s+permit)\b/i;
const ONLY = /\b(?:only|unable|cannot|can\s*not|must|not\s+(?:be\s+)?(?:able|eligible|considered|accepted))\b/i;
// "Internal applicants only", "open to existing staff only": who may apply (labelling rule 2).
const ONLY_SOME = new RegExp(
  [
    String.raw`\b(?:applicants|candidates|staff|employees|applications)\s+only\b`,
    String.raw`\b(?:open|available|restricted)\s+(?:only\s+)?to\s+(?:internal|existing|current)\b`,
    String.raw`\b(?:only|solely)\s+(?:be\s+)?(?:accepted|considered)\s+from\b`,
  ].join('|'),
  'i',
);
// "Applicants without … will not be shortlisted", "will only be considered if …".
const NOT_CONSIDERED = new RegExp(
  String.raw`\b(?:will\s+not|won['’]t|cannot|can\s*not|unable\s+to|(?:will|can)\s+only)\s+(?:be\s+)?(?:considered|shortlisted|short-listed|accepted|consider)\b|\bnot\s+(?:be\s+)?eligible\b`,
  'i',
);

// Interview arrangements, how to apply, the employer's offer and what every member of staff does.
const SELECTION = String.raw`interviews?|shortlisted\s+(?:candidates|applicants)|closing\s+date|will\s+be\s+contacted`;
const HOW_TO_APPLY = [
  String.raw`please\s+(?:contact|apply|see|call|email|ensure|get\s+in\s+touch)|apply\s+(?:now|online|today)`,
  String.raw`prior\s+to\s+applying|before\s+applying|application\s+form|your\s+application|don['’]t\s+delay`,
  String.raw`informal\s+(?:visit|discussion|chat|conversation)|(?:further|more)\s+(?:information|details)`,
  String.raw`get\s+in\s+touch|hear\s+from\s+you`,
].join('|');
const YOU_GET = String.raw`you\s+will\s+(?:also\s+)?(?:receive|get|enjoy\s+(?:a|an|the|our|\d))`;
const TRAINING_GIVEN = String.raw`will\s+be\s+(?:given|provided|offered)|training\s+(?:will\s+be|is)\s+(?:given|provided)`;
const OFFER = String.raw`we\s+(?:can\s+)?offer|in\s+return|${YOU_GET}|${TRAINING_GIVEN}`;
const PAY = String.raw`\bpay\s+rates?\b|£\s?\d|\bper\s+(?:hour|annum)\b`;
const WELCOME = [
  String.raw`welcome[sd]?\s+(?:applications|to\s+apply)|equally\s+welcome|encourage\s+applications`,
  String.raw`applications\s+(?:are\s+)?welcome[sd]?`,
].join('|');
const ALL_STAFF = String.raw`all\s+(?:staff|employees|colleagues)|every(?:one|\s+member\s+of\s+staff)|each\s+person`;
const NOT_APPLICANT = new RegExp(
  String.raw`\b(?:${SELECTION}|${HOW_TO_APPLY}|${OFFER}|${WELCOME}|${ALL_STAFF})\b|${PAY}`,
  'i',
);
const MAX_WORDS = 60;

// The free-text reader asks about one sentence several times (its clauses, its section): remember a few.
const formOfRemembered = remembered(1024, (body: string) => formOf(body));

/** Which form of requirement a sentence takes, or null: for the level, and for tests. */
export const requirementForm = (sentence: string): string | null => formOfRemembered(sentence.trim());

/** The forms that need no requirement noun: the applicant asked, someone sought, who may apply. */
function askedOf(body: string): string | null {
  if (applicantAsks(body)) return 'applicant';
  if (mustAsks(body)) return 'must';
  if (ONLY_SOME.test(body)) return 'only-some';
  if (RIGHT_TO_WORK.test(body) && ONLY.test(body)) return 'right-to-work';
  if (POST_SUITS.test(body)) return 'post-suits';
  if (mattersInYou(body)) return 'important';
  return seeksSomeone(body) ? 'sought' : null;
}

const SPACES = /\s+/g;

/** Whether a trimmed text has more than `limit` words between whitespace, counted without splitting it. */
function moreWordsThan(body: string, limit: number): boolean {
  SPACES.lastIndex = 0;
  let words = 1;
  while (SPACES.exec(body)) if (++words > limit) return true;
  return false;
}

function formOf(body: string): string | null {
  if (!body || moreWordsThan(body, MAX_WORDS) || body.endsWith('?')) return null;
  // "… would be an advantage but not essential as full training will be given" still asks.
  const asksAnyway = () =>
    (REQUIREMENT_NOUN.test(body) && hedgedLevel(body, false) === 'desirable') || IF_EXPERIENCED.test(body);
  if (NOT_APPLICANT.test(body) && !asksAnyway()) return null;
  const asked = askedOf(body);
  if (asked) return asked;
  if (!REQUIREMENT_NOUN.test(body)) return null;
  // The requirement noun belongs to the statement: "full participation is mandatory" asks for nothing held.
  if (statements(body).some(({ start, end }) => REQUIREMENT_NOUN.test(body.slice(start, end)))) return 'stated';
  if (itIsThatYou(body)) return 'it-is';
  if (NOT_CONSIDERED.test(body)) return 'not-considered';
  if (describesYou(body)) return 'you-are';
  if (listsRequirements(body)) return 'requirements-are';
  if (closesOnLevel(body)) return 'stated';
  return IF_YOU.test(body) && HOLDS.test(body) ? 'if-you' : null;
}

/**
 * The level of a requirement sentence, or null when the sentence asks nothing of the applicant.
 * Hedged ("ideally", "would be an advantage") is desirable; anything else asked is essential (design:
 * taxonomy §3.2.7).
 */
export function requirementLevel(sentence: string): MarkedLevel | null {
  return requirementForm(sentence) ? askedLevel(sentence) : null;
}

/** The level of a sentence known to ask something (by the rules, or by the learned scorer); null for "not required". */
export function askedLevel(sentence: string): MarkedLevel | null {
  const body = sentence.trim();
  const hedge = hedgedLevel(body, true);
  if (hedge === 'not-required') return null;
  const word = statedWord(body);
  const stated = word ? statedLevel(word) : null;
  if (stated === 'essential') return hedge && !/\b(?:is|are)\s+essential\b/i.test(body) ? 'desirable' : 'essential';
  if (hedge || /\bideally\b|\bpreferabl[ey]\b|\bif\s+possible\b/i.test(body)) return 'desirable';
  return stated === 'desirable' ? 'desirable' : 'essential';
}

// A sentence that opens on the employer, the team or the post describes them.
const THE_PLACE = 'team|service|trust|post|role|department|unit|ward|practice|hospital';
const ABOUT_THE_POST = new RegExp(String.raw`^(?:this|it|there|we|we['’]\w+|our|the\s+(?:${THE_PLACE}))\b`, 'i');

/** A sentence that opens on the employer, the team or the post ("We will help you grow", "Our wards …"). */
export const opensOnEmployer = (sentence: string): boolean => ABOUT_THE_POST.test(sentence.trim());

/** Inside a specification: a sentence that asks something, or names what an applicant holds and is no pitch. */
export function readsAsRequirement(sentence: string): boolean {
  const body = sentence.trim();
  // The cheap reading first: most requirements name what is asked.
  if (REQUIREMENT_NOUN.test(body) && !ABOUT_THE_POST.test(body) && !NOT_APPLICANT.test(body)) return true;
  return requirementForm(sentence) !== null;
}
