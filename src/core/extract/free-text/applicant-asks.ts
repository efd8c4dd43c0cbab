import { HOLDS_STEMS } from './requirement-nouns';

/**
 * Sentences with the applicant as subject: "You will have …", "The successful candidate must …",
 * "The applicant requires …", and items in the imperative ("Be able to …"). Only a verb of having or
 * being asks: "You will have access to …", "You will be based at …" and "You will work …" do not.
 */

// The applicant as a sentence's subject; not an object ("we want you to be …", "ensure that you are …")
// nor an agent ("provided by the post holder").
const QUALIFIED = String.raw`(?:successful\s+|ideal\s+|right\s+|suitable\s+|preferred\s+|perfect\s+|chosen\s+)`;
const SOMEONE = String.raw`(?:candidate|applicant|post[\s-]?holder|person|individual|appointee|role[\s-]?holder)`;
// "The person we are looking for", "Candidates for the post", "the successful candidate(s)".
const WE_SEEK = String.raw`\s+(?:we|you)\s+(?:are|['’]re)\s+looking\s+for`;
const FOR_THE_POST = String.raw`\s+for\s+(?:the|this)\s+(?:post|role|position)`;
const THE_APPLICANT = String.raw`(?:the|our|a|any|all)\s+${QUALIFIED}?${SOMEONE}(?:s|\(s\))?(?:${WE_SEEK}|${FOR_THE_POST})?`;
const OBJECT_OF = [
  'by|for|to|with|from|of',
  'help|want|ensure|allow|enable|encourage|support|give|let|sure',
  'know|hope|trust|believe|feel|think|expect|promise',
  'if|whether|where|when',
].join('|');
const NOT_SUBJECT = String.raw`(?<!\b(?:${OBJECT_OF})\s(?:that\s)?)`;
const APPLICANT = String.raw`${NOT_SUBJECT}\b(?:you|(?:applicants|candidates)(?:${FOR_THE_POST})?|${THE_APPLICANT}|he\s*\/\s*she|they)`;

// "will", "must", "should ideally", "will need to", "are expected to"; "'ll" as in "you'll". "Would" only
// with "need to" or "be required to": "you would have protected time" is the employer's offer.
const ADVERBS = 'also|ideally|preferably|therefore|already|of\\s+course|additionally|certainly|equally|further|still';
const ADVERB = String.raw`(?:\s+(?:${ADVERBS}|really)|,[^,]{1,24},)*`;
const THEN = String.raw`(?:need\s+to|be\s+(?:required|expected|asked)\s+to|be\s+able\s+to|have\s+to)`;
const WILL = String.raw`(?:\s+(?:will|must|should|shall|needs?\s+to|(?:is|are)\s+expected\s+to)|['’]ll)`;
const MODAL = String.raw`(?:${WILL}${ADVERB}(?:\s+${THEN})?|\s+would${ADVERB}\s+${THEN}|\s+(?:is|are)\s+required\s+to)`;
const HAVING = 'have|be|hold|possess|posses|prove|bring|demonstrate|show|display|evidence|need|require|meet|share';
const KNOWING = 'embrace|understand|know|undergo|pass|provide|enjoy|thrive|love|value|relish|complete|apply';
const NEXT_WORDS = String.raw`((?:\s+[^\s]+){0,8})`;
const APPLICANT_VERB = new RegExp(
  String.raw`${APPLICANT}${MODAL}${ADVERB}\s+(${HAVING}|${KNOWING})\b${NEXT_WORDS}`,
  'gi',
);
// "The applicant requires …", "The successful candidate is someone who …".
const IS_SOMEONE = String.raw`is(?=\s+(?:someone|somebody|a\s+person|an\s+individual)\s+(?:who|with))`;
const THE_APPLICANT_NOW = new RegExp(
  String.raw`${NOT_SUBJECT}\b${THE_APPLICANT}\s+(requires|has|holds|possesses|${IS_SOMEONE})\b${NEXT_WORDS}`,
  'gi',
);
// A list item or sentence in the imperative: "Be able to …", "Have good IT skills", "Ideally have a CCT".
const IMPERATIVE = new RegExp(
  String.raw`^(?:ideally\s+|preferably\s+)?(be|have|hold|possess|demonstrate|show)\b(?!\s+(?:it|your|fun)\b)${NEXT_WORDS}`,
  'i',
);
const PRESENT: Record<string, string> = {
  requires: 'require',
  has: 'have',
  holds: 'hold',
  possesses: 'possess',
  is: 'be',
};

// "will be": a quality ("confident", "a qualified nurse"), not a place in the team or the job's own
// participle ("be based", "be supported", "be working", "be a key member of", "be the first point of").
const QUALITIES = 'experienced|qualified|registered|skilled|educated|motivated|self-motivated|organi[sz]ed|committed';
const MORE_QUALITIES = 'dedicated|interested|talented|accredited|licensed|certified|detailed|minded|focused|focussed';
const A_ROLE = 'point|ambassador|advocate|resource|link|representative|role\\s+model|lead\\s+for';
const A_PLACE = String.raw`(?:an?\s+)?(?:\w+\s+){0,2}(?:(?:member|part)\s+of|${A_ROLE})\b`;
const IN_THE_TEAM = 'part|one\\s+of|the|responsible|accountable|instrumental|pivotal|central|integral|key|in\\s+charge';
const BE_PLACE = String.raw`${IN_THE_TEAM}|eligible\s+for|entitled|at|aware\s+that|advised`;
const PARTICIPLE = String.raw`(?:\w+ly\s+)?(?!(?:${QUALITIES}|${MORE_QUALITIES})\b)\w+(?:ed|en)\b`;
const BE_NOT = new RegExp(String.raw`^\s+(?:(?:${BE_PLACE})\b|${A_PLACE}|${PARTICIPLE}|(?!willing\b)\w+ing\b)`, 'i');
// "will have", "will enjoy": something asked of the applicant, not given ("access to", "a key role in").
const GIVEN = [
  'access|opportunit\\w*|chance|support|responsibilit\\w*|role|sessions?|referrals?|caseload|patients',
  'supervisor|mentor|induction|time|contact|benefit\\w*|involvement|input|use|say',
].join('|');
const GIVEN_SOON = new RegExp(String.raw`^(?:\s+(?!${HOLDS_STEMS.join('|')})[^\s]+){0,3}?\s+(?:${GIVEN})\b`, 'i');
// "be able to develop your skills", "be able to access": what the post gives.
const GAINS = 'develop|learn|access|view|gain|benefit|progress|join|enjoy|take\\s+advantage|apply|choose|book|pick';
const ABLE_TO_GAIN = new RegExp(String.raw`^\s+able\s+to\s+(?:${GAINS}|work\s+(?:these|across|from))`, 'i');
// "meet the person specification": asks nothing of its own.
const META =
  /^\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:criteria|specification|requirements|standards)\b/i;

// A cheap first look: the long subject patterns run only on a sentence that names someone, and each only
// where its verb is somewhere in the sentence (a modal; a verb in the present). Their look-behind is
// tried at every position, so they cost four times a plain pattern.
const SOMEONE_NAMED =
  /\b(?:you|applicants?|candidates?|holders?|postholders?|persons?|individuals?|appointees?|they|he)\b/i;
const A_MODAL = /\b(?:will|must|should|shall|needs?|expected|would|required)\b|['’]ll\b/i;
const HAS_NOW = /\b(?:requires|has|holds|possesses|is)\b/i;

const CHECKS = /\b(?:DBS|disclosure|check|clearance|screening|vaccination|immuni[sz]ation)\b/i;
// "… and have a good understanding of …": a second predicate of the same subject.
const AND_HAVE = new RegExp(
  String.raw`(?:\band|,)\s+(?:also\s+)?(have|be|hold|possess|demonstrate|show)\b${'((?:\\s+[^\\s]+){0,8})'}`,
  'gi',
);

/** What follows the verb asks nothing: "have access to", "be based", "need to work", "provide care". */
function gives(verb: string, rest: string): boolean {
  if (META.test(rest) || (verb === 'meet' && !/\w/.test(rest))) return true;
  // "complete a DBS check", "apply for a disclosure": a check asked of the applicant (labelling rule 3).
  if (verb === 'complete' || verb === 'apply') return !CHECKS.test(rest);
  if ((verb === 'have' || verb === 'enjoy') && GIVEN_SOON.test(rest)) return true;
  if (verb === 'be' && (BE_NOT.test(rest) || ABLE_TO_GAIN.test(rest))) return true;
  if ((verb === 'need' || verb === 'have') && /^\s+to\b/i.test(rest)) return true;
  // "provide an enhanced disclosure": a check asked of the applicant; "provide screening" is the job.
  return verb === 'provide' && !/^\s+evidence\s+(?:of|that)\b|\b(?:DBS|disclosure|clearance)\b/i.test(rest);
}

// "You will be required to work independently", "… is expected to work well within a team": how the applicant
// works asks for a quality; where or when ("expected to work weekends", "… flexibly across sites") is the post's.
const MANNER = [
  String.raw`independently|autonomously|unsupervised|collaboratively|effectively|accurately|quickly|proactively`,
  String.raw`on\s+(?:their|your|his|her)\s+own\b|as\s+(?:part\s+of\s+)?a\s+team|well\s+(?:with|in|as|under|within)\b`,
  String.raw`under\s+pressure|without\s+(?:direct\s+|close\s+)?supervision`,
].join('|');
const WORKS_HOW = new RegExp(String.raw`${APPLICANT}${MODAL}\s+work\s+(?:${MANNER})`, 'gi');
const ASKED = /\b(?:required|expected|need|needs|must|should|have\s+to)\b/i;
const WORK = /\bwork\s/i;
const asksHowYouWork = (body: string): boolean =>
  WORK.test(body) && [...body.matchAll(WORKS_HOW)].some((m) => ASKED.test(m[0]));

/** "You will have a degree …" asks; "You will have access to …" and "You will be based …" give. */
export function applicantAsks(body: string): boolean {
  const imperative = IMPERATIVE.exec(body);
  const named = SOMEONE_NAMED.test(body);
  if (named && asksHowYouWork(body)) return true;
  const matches = [
    ...(named && A_MODAL.test(body) ? body.matchAll(APPLICANT_VERB) : []),
    ...(named && HAS_NOW.test(body) ? body.matchAll(THE_APPLICANT_NOW) : []),
    ...(imperative ? [imperative] : []),
  ];
  return matches.some((match) => {
    const verb = PRESENT[match[1]!.toLowerCase()] ?? match[1]!.toLowerCase();
    if (!gives(verb, match[2] ?? '')) return true;
    // "… will be expected to carry a caseload and have a working knowledge of …".
    const after = body.slice(match.index! + match[0].length - (match[2] ?? '').length);
    return [...after.matchAll(AND_HAVE)].some((and) => !gives(and[1]!.toLowerCase(), and[2] ?? ''));
  });
}

// "must" asks for anything but the mechanics of applying ("You must submit …", "must apply by …").
const APPLYING = [
  'apply|submit|send|include|enclose|complete\\s+(?:the|an|your)\\s+application|contact|quote|read|note',
  'ensure|obtain|register\\s+(?:on|with\\s+us)|not',
].join('|');
const MUST_ANYTHING = new RegExp(String.raw`${APPLICANT}\s+must${ADVERB}\s+(?!(?:${APPLYING})\b)\w`, 'i');
// A list item or note that opens on its modal: "Must be able to drive", "Should have a degree".
const MUST_FIRST =
  /^(?:must|should|will\s+need\s+to|need\s+to)\s+(?:also\s+)?(?:have|be|hold|possess|demonstrate|show)\b/i;

// "All support workers must either be …": whoever is named, "must be/have" asks of the people who apply.
const NOT_PEOPLE = 'applications|forms?|references|this|it|which|that|there|these|documents|cvs?|statements?';
const ANYONE_MUST = new RegExp(
  String.raw`(?<!\b(?:${NOT_PEOPLE})\s)\bmust\s+(?:also\s+|either\s+|therefore\s+)?(have|be|hold|possess|demonstrate)\b${NEXT_WORDS}`,
  'i',
);

const A_MUST = /\bmust\b/i;

/** "Applicants must …", "Must be able to drive": a must, whatever is asked. */
export function mustAsks(body: string): boolean {
  if (MUST_FIRST.test(body)) return true;
  if (!A_MUST.test(body)) return false;
  if (MUST_ANYTHING.test(body)) return true;
  const must = ANYONE_MUST.exec(body);
  return must !== null && !gives(must[1]!.toLowerCase(), must[2] ?? '');
}

// "You're an established …", "You have a genuine passion …": the sentence opens with them.
const NOT_ASKED_OF_YOU = [
  'opportunit|chance|access|interested|looking|applying|invited|welcome|ready|an?\\s+internal',
  '(?:required|expected)\\s+to\\s+(?!(?:have|be|hold|possess|demonstrate|show|undergo)\\b)',
].join('|');
const YOU_ARE = new RegExp(
  String.raw`^(?:[^,]{0,40},\s*)?you(?:['’]re|\s+are|\s+have)\s+(?!(?:the\s+)?(?:${NOT_ASKED_OF_YOU}))`,
  'i',
);

/** "You're an established pharmacist …": the applicant described in the present. */
export const describesYou = (body: string): boolean => YOU_ARE.test(body);
