import { hedgedLevel, type MarkedLevel } from './levels';

/**
 * Is one sentence of running prose a requirement of the applicant, and at what level? A requirement is
 * what the applicant is asked to have, be or show (design: labelling.md): "You will have …", "The
 * successful candidate must …", "We are looking for someone with …", "Experience of … is essential",
 * "This post would suit someone with …". The employer's pitch, duties, benefits and notes are not.
 */

// What an applicant holds: a registration, qualification, experience, skill or ability (labelling rule 1).
const HOLDS_STEMS = [
  String.raw`experience|qualifi|knowledge|skill|registration|registered|\bdegree|\babilit|\bable\s+to|licen[cs]e`,
  String.raw`\btrained\b|training|certificat|understanding|\bNVQ|\bGCSE|diploma|competen|proficien|expertise`,
  String.raw`\bMSc\b|\bBSc\b|\blevel\s+\d|background|track\s+record|\bPIN\b|membership|accredit|fluen|\bWelsh\b`,
];
const HOLDS = new RegExp(HOLDS_STEMS.join('|'), 'i');
// With these, what an applicant is: "flexible approach", "commitment to", "driving licence", "IT literate".
const IS_STEMS = [
  String.raw`driv(?:er|ing)|\bspeak|computer|literate|course|evidence\s+of|post-?graduate`,
  String.raw`familiar|awareness|capab|aptitude|\bcar\b|vehicle|flexib|willing|commitment|passion|attitude|approach`,
  String.raw`\binterest\s+in|competenc|attention\s+to\s+detail|numera|communicat`,
];
const NOUNS = new RegExp([...HOLDS_STEMS, ...IS_STEMS].join('|'), 'i');
const IT = /\bIT\b/;
export const REQUIREMENT_NOUN = { test: (text: string) => NOUNS.test(text) || IT.test(text) };

// The applicant as a sentence's subject: "you", "applicants", "the successful candidate", "he/she"; not
// an object ("we want you to be …", "ensure you are …") nor an agent ("provided by the post holder").
const QUALIFIED = String.raw`(?:successful\s+|ideal\s+|right\s+|suitable\s+|preferred\s+|perfect\s+|chosen\s+)`;
const SOMEONE = String.raw`(?:candidate|applicant|post[\s-]?holder|person|individual|appointee|role[\s-]?holder)`;
// "The person we are looking for", "Candidates for the post", "the successful candidate(s)".
const WHO_WE_SEEK = String.raw`(?:\s+(?:we|you)\s+(?:are|['’]re)\s+looking\s+for|\s+for\s+(?:the|this)\s+(?:post|role|position))?`;
const THE_APPLICANT = String.raw`(?:the|our|a|any|all)\s+${QUALIFIED}?${SOMEONE}(?:s|\(s\))?${WHO_WE_SEEK}`;
const NOT_SUBJECT = String.raw`by|for|to|with|from|of|help|want|ensure|allow|enable|encourage|support|give|let|sure|know|hope|trust|believe|feel|think|expect|promise|if|whether|where|when`;
const APPLICANT = String.raw`(?<!\b(?:${NOT_SUBJECT})\s(?:that\s)?)\b(?:you|applicants|candidates|${THE_APPLICANT}|he\s*\/\s*she|they)`;
// "will", "must", "should ideally", "will need to", "are expected to"; "'ll" as in "you'll". "Would" only
// with "need to" or "be required to": "you would have protected time" is the employer's offer.
const ADVERBS = [
  'also',
  'ideally',
  'preferably',
  'therefore',
  'already',
  String.raw`of\s+course`,
  'additionally',
  'certainly',
  'equally',
  'further',
  'still',
  'really',
];
const ADVERB = String.raw`(?:\s+(?:${ADVERBS.join('|')})|,[^,]{1,24},)*`;
const THEN = String.raw`(?:need\s+to|be\s+(?:required|expected|asked)\s+to|be\s+able\s+to|have\s+to)`;
const MODAL = String.raw`(?:(?:\s+(?:will|must|should|shall|needs?\s+to|(?:is|are)\s+expected\s+to)|['’]ll)${ADVERB}(?:\s+${THEN})?|\s+would${ADVERB}\s+${THEN}|\s+(?:is|are)\s+required\s+to)`;
const VERB = String.raw`have|be|hold|possess|posses|prove|bring|demonstrate|show|display|evidence|need|require|meet|share|embrace|understand|know|undergo|pass|provide|enjoy|thrive|love|value|relish`;
const THE_APPLICANT_NOW = new RegExp(
  String.raw`(?<!\b(?:${NOT_SUBJECT})\s(?:that\s)?)\b${THE_APPLICANT}\s+(requires|has|holds|possesses|is(?=\s+(?:someone|somebody|a\s+person|an\s+individual)\s+(?:who|with)))\b((?:\s+[^\s]+){0,8})`,
  'gi',
);
const APPLICANT_VERB = new RegExp(String.raw`${APPLICANT}${MODAL}${ADVERB}\s+(${VERB})\b((?:\s+[^\s]+){0,8})`, 'gi');

// "will be": a quality ("confident", "a qualified nurse"), not a place in the team or the job's own
// participle ("be based", "be supported", "be working", "be a key member of", "be the first point of").
const PARTICIPLE_OK = String.raw`experienced|qualified|registered|skilled|educated|motivated|self-motivated|organi[sz]ed|committed|dedicated|interested|talented|accredited|licensed|certified|detailed|minded|focused|focussed`;
const A_PLACE = String.raw`(?:an?\s+)?(?:\w+\s+){0,2}(?:(?:member|part)\s+of|point|ambassador|advocate|resource|link|representative|role\s+model|lead\s+for)\b`;
const BE_PLACE = String.raw`part|one\s+of|the|responsible|accountable|instrumental|pivotal|central|integral|key|in\s+charge|eligible\s+for|entitled|at|aware\s+that|advised`;
const BE_NOT = new RegExp(
  String.raw`^\s+(?:(?:${BE_PLACE})\b|${A_PLACE}|(?:\w+ly\s+)?(?!(?:${PARTICIPLE_OK})\b)\w+(?:ed|en)\b|(?!willing\b)\w+ing\b)`,
  'i',
);
// "will have", "will enjoy": something asked of the applicant, not given ("access to", "a key role in").
const GIVEN = String.raw`access|opportunit\w*|chance|support|responsibilit\w*|role|sessions?|referrals?|caseload|patients|supervisor|mentor|induction|time|contact|benefit\w*|involvement|input|use|say`;
const GIVEN_SOON = new RegExp(String.raw`^(?:\s+(?!${HOLDS_STEMS.join('|')})[^\s]+){0,3}?\s+(?:${GIVEN})\b`, 'i');
// "be able to develop your skills", "be able to access": what the post gives.
const ABLE_TO_GAIN =
  /^\s+able\s+to\s+(?:develop|learn|access|view|gain|benefit|progress|join|enjoy|take\s+advantage|apply|choose|book|pick|work\s+(?:these|across|from|flexibl))/i;
// "must" asks for anything but the mechanics of applying ("You must submit …", "must apply by …").
const APPLYING = String.raw`apply|submit|send|include|enclose|complete\s+(?:the|an|your)\s+application|contact|quote|read|note|ensure|obtain|register\s+(?:on|with\s+us)|not`;
const MUST_ANYTHING = new RegExp(String.raw`${APPLICANT}\s+must${ADVERB}\s+(?!${APPLYING}\b)\w`, 'i');
// A list item or note that opens on its modal: "Must be able to drive", "Should have a degree".
const MUST_FIRST =
  /^(?:must|should|will\s+need\s+to|need\s+to)\s+(?:also\s+)?(?:have|be|hold|possess|demonstrate|show)\b/i;
// A list item or sentence in the imperative: "Be able to …", "Have good IT skills", "Ideally have a CCT".
const IMPERATIVE =
  /^(?:ideally\s+|preferably\s+)?(be|have|hold|possess|demonstrate|show)\b(?!\s+(?:it|your|fun)\b)((?:\s+[^\s]+){0,8})/i;
const PRESENT: Record<string, string> = {
  requires: 'require',
  needs: 'need',
  has: 'have',
  holds: 'hold',
  possesses: 'possess',
  is: 'be',
};
// "meet the person specification": asks nothing of its own.
const META =
  /^\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:criteria|specification|requirements|standards)\b/i;

/** "You will have a degree …" asks; "You will have access to …" and "You will be based …" give. */
function applicantAsks(body: string): boolean {
  const imperative = IMPERATIVE.exec(body);
  const matches = [
    ...body.matchAll(APPLICANT_VERB),
    ...body.matchAll(THE_APPLICANT_NOW),
    ...(imperative ? [imperative] : []),
  ];
  for (const match of matches) {
    const verb = PRESENT[match[1]!.toLowerCase()] ?? match[1]!.toLowerCase();
    const rest = match[2] ?? '';
    if (META.test(rest) || (verb === 'meet' && !/\w/.test(rest))) continue;
    if ((verb === 'have' || verb === 'enjoy') && GIVEN_SOON.test(rest)) continue;
    if (verb === 'be' && (BE_NOT.test(rest) || ABLE_TO_GAIN.test(rest))) continue;
    if (verb === 'need' && /^\s+to\b/i.test(rest)) continue;
    if (verb === 'provide' && !/^\s+evidence\s+(?:of|that)\b/i.test(rest)) continue;
    if (verb === 'have' && /^\s+to\b/i.test(rest)) continue;
    return true;
  }
  return false;
}
// "You're an established …", "You have a genuine passion …": the sentence opens with them.
const YOU_ARE =
  /^(?:[^,]{0,40},\s*)?you(?:['’]re|\s+are|\s+have)\s+(?!(?:the\s+)?(?:opportunit|chance|access|interested|looking|applying|invited|welcome|ready|an?\s+internal))/i;
// "We are looking for someone with …", "Applications are invited from …", "we require".
const WE = String.raw`(?:we|we['’]re|we\s+are|I\s+am|I['’]m|(?:is|are))`;
const SEEKING = [
  String.raw`looking\s+(?:for|to\s+(?:recruit|appoint|employ|hear\s+from))`,
  String.raw`seeking(?:\s+to\s+(?:recruit|appoint|employ))?|seek\s+to\s+(?:recruit|appoint|employ)`,
  String.raw`recruiting(?:\s+for)?`,
  String.raw`keen\s+to\s+(?:recruit|hear\s+from|meet|appoint)`,
  String.raw`wish(?:ing)?\s+to\s+(?:appoint|recruit)`,
  String.raw`want(?:ing)?\s+to\s+(?:recruit|appoint)`,
  String.raw`invit(?:e|ing)\s+applications\s+from`,
  'require',
  'need',
];
const WE_LOOK_FOR = new RegExp(
  String.raw`\b${WE}\s+(?:currently\s+|now\s+|therefore\s+|also\s+)?(?:${SEEKING.join('|')})\b`,
  'i',
);
const INVITED =
  /\bapplications\s+are\s+(?:invited|sought)\s+from\b|\blook(?:ing)?\s+for\s+(?:people|someone|somebody|individuals|candidates|applicants)\b/i;
// "… someone who has …", "… people who can demonstrate …": the person sought, described by what they hold.
const WHO_HAS =
  /\bwho\s+(?:has|have|holds?|possess(?:es)?|can\s+demonstrate|(?:is|are)\s+(?:able|experienced|registered|qualified|skilled|trained|competent))\b/i;
// The pitch after the person sought: "… to join our friendly team", "… to support our service".
const TO_JOIN =
  /\s(?:to\s+(?:join|work\s+(?:in|within|on|at|as|alongside|with|across)|support|complete|be\s+part|lead|help|provide|deliver|cover)|into)\b/i;
// "This post would suit …", "The role requires …", "The post is open to …".
const THE_POST = String.raw`(?:(?:this|the|these)\s+(?:posts?|roles?|positions?|jobs?|vacanc(?:y|ies)|opportunit(?:y|ies)|programme)|it)`;
const SUITS = String.raw`(?:would\s+|will\s+)?(?:ideally\s+)?(?:suit|suits|requires?|calls\s+for|would\s+benefit|(?:is|are)\s+(?:not\s+|only\s+|primarily\s+)?(?:suitable|ideal|open|aimed|available)\s+(?:for|to|at)|would\s+be\s+(?:ideal|suitable)\s+for)`;
const POST_SUITS = new RegExp(
  String.raw`(?<!\bif\s)\b${THE_POST}\s+${SUITS}\b|\bthis\s+will\s+require\b|\b(?:role|post|job|position)\s+that\s+(?:requires|calls\s+for)\b`,
  'i',
);
// "If you are an experienced …", "If you have …".
const IF_YOU =
  /\bif\s+you(?:['’]re|\s+are|\s+have|\s+hold|\s+possess)\s+(?!(?:interested|looking|ready|keen|thinking|passionate))/i;
// "… is essential", "… are required", "… would be an advantage": a requirement noun with its level.
const VERY = String.raw`(?:also\s+|highly\s+|very\s+|absolutely\s+|particularly\s+|really\s+|therefore\s+|equally\s+)?`;
const NEEDED = String.raw`essential\s+criteri(?:a|on)|essential|desirable|requirements?|preferred|preferable|advantageous|an\s+advantage|a\s+requirement|mandatory|required|necessary|needed|vital|crucial|important|a\s+must|an\s+absolute\s+must|beneficial|helpful|useful|welcome[d]?|an\s+asset|a\s+plus|a\s+bonus`;
// The level word ends the statement: "… is required for this post", not "… is required to", "an essential part of".
const STATEMENT_END = String.raw`(?!(?<=(?:required|expected|needed|necessary|asked))\s+to\b)(?!\s+(?:from|part|member|role|services?|skills?\s+clusters?|that|elements?|components?|service|in\s+(?:ensuring|providing|delivering|supporting))\b)`;
const STATED = new RegExp(
  String.raw`\b(?:(?:is|are)(?:\s+also)?|(?:will|would|may|might|should)(?:\s+also)?\s+be|be|is\s+seen\s+as|considered)\s+${VERY}(?:an?\s+)?(${NEEDED})\b${STATEMENT_END}`,
  'i',
);
// Where a statement's subject starts: after ", and", "; ", ", although", or after "and"/"but" that follow a
// clause with its own verb ("You will support the team and good IT skills are essential").
const CLAUSE_BREAK =
  /,\s*(?:and|but|so|therefore|as|whilst|while|although|though|however)\s+|;\s+|\s+(?:and|but|therefore|so)\s+/gi;
const FINITE_VERB = /\b(?:will|must|is|are|should|would|can|may)\b/i;

/** Each level statement ("… is essential") of a sentence: where its subject starts and where it ends. */
export function statements(body: string): { start: number; end: number; breakAt: number }[] {
  const found: { start: number; end: number; breakAt: number }[] = [];
  let from = 0;
  for (const stated of body.matchAll(new RegExp(STATED.source, 'gi'))) {
    let start = from;
    let breakAt = -1;
    for (const m of body.slice(from, stated.index).matchAll(CLAUSE_BREAK)) {
      const at = from + m.index!;
      if (/^[,;]/.test(m[0]) || FINITE_VERB.test(body.slice(start, at))) {
        breakAt = at;
        start = at + m[0].length;
      }
    }
    const end = stated.index + stated[0].length;
    found.push({ start, end, breakAt });
    from = end;
  }
  return found;
}

// "Knowledge of COSHH advantageous but not essential.": a level word closing the sentence, with no verb.
const BARE_LEVEL =
  /\b(?:essential|desirable|desired|advantageous|preferred|preferable|beneficial)(?:\s*[,(]?\s*but\s+not\s+(?:essential|necessary|required)\)?)?\s*[.!]?$/i;
// "The essential requirements of this post are …", "Your skills will include …".
const REQUIREMENTS_ARE =
  /\b(?:requirements|attributes|qualities|criteria|skills)\s+(?:(?:of|for)\s+(?:[\w-]+\s+){1,4})?(?:are|will\s+include|include|is)\b/i;
// "It's also important you can …", "What's important is your …", "… will be vital to your success".
const IMPORTANT =
  /\b(?:it(?:['’]s|\s+is|\s+would\s+be)\s+(?:also\s+|equally\s+)?(?:essential|important|vital|useful|helpful|beneficial|desirable|an\s+advantage)(?:,[^,]{1,30},)?\s+(?:that\s+|for\s+)?you\b(?!\s+(?:check|read|apply|submit|ensure|note|valued))|what['’]s\s+important\s+is\s+your|(?:important|vital|key|crucial)\s+(?:to|for)\s+your\s+success|equally\s+important\s+(?:is|will\s+be)\s+your|your\s+[\w\s,]{1,60}(?:is|are)\s+(?:what['’]s\s+)?(?:important|vital|key))\b/i;
// "It is essential that you …", "It is a requirement that …".
const IT_IS =
  /\bit(?:['’]s|\s+is)\s+(?:also\s+)?(?:essential|desirable|a\s+requirement|important|vital)\s+(?:that\s+)?(?:you|applicants|candidates|the\s+(?:successful\s+)?(?:candidate|applicant|post\s?holder))\b/i;
// Visas and sponsorship: who may apply.
const RIGHT_TO_WORK = /\b(?:sponsorship|visa|right\s+to\s+work|tier\s*2|work\s+permit)\b/i;
const ONLY = /\b(?:only|unable|cannot|can\s*not|must|not\s+(?:be\s+)?(?:able|eligible|considered|accepted))\b/i;
// "Internal applicants only", "open to existing staff only": who may apply (labelling rule 2).
const ONLY_SOME =
  /\b(?:applicants|candidates|staff|employees|applications)\s+only\b|\b(?:open|available|restricted)\s+(?:only\s+)?to\s+(?:internal|existing|current)\b|\b(?:only|solely)\s+(?:be\s+)?(?:accepted|considered)\s+from\b/i;
// "Applicants without … will not be shortlisted".
const NOT_CONSIDERED =
  /\b(?:will\s+not|won['’]t|cannot|can\s*not|unable\s+to|(?:will|can)\s+only)\s+(?:be\s+)?(?:considered|shortlisted|short-listed|accepted|consider)\b|\bnot\s+(?:be\s+)?eligible\b/i;

// Interview arrangements, how to apply, the employer's offer and what every member of staff does.
const SELECTION = String.raw`interviews?|shortlisted\s+(?:candidates|applicants)|closing\s+date|will\s+be\s+contacted`;
const HOW_TO_APPLY = String.raw`please\s+(?:contact|apply|see|call|email|ensure|get\s+in\s+touch)|apply\s+(?:now|online|today)|prior\s+to\s+applying|before\s+applying|application\s+form|informal\s+(?:visit|discussion|chat|conversation)|(?:further|more)\s+(?:information|details)|get\s+in\s+touch|hear\s+from\s+you|your\s+application|don['’]t\s+delay`;
const OFFER = String.raw`we\s+(?:can\s+)?offer|in\s+return|you\s+will\s+(?:also\s+)?(?:receive|get|enjoy\s+(?:a|an|the|our|\d))|will\s+be\s+(?:given|provided|offered)|training\s+(?:will\s+be|is)\s+(?:given|provided)`;
const WELCOME = String.raw`welcome[sd]?\s+(?:applications|to\s+apply)|equally\s+welcome|encourage\s+applications|applications\s+(?:are\s+)?welcome[sd]?`;
const ALL_STAFF = String.raw`all\s+(?:staff|employees|colleagues)|every(?:one|\s+member\s+of\s+staff)|each\s+person`;
const NOT_APPLICANT = new RegExp(
  String.raw`\b(?:${SELECTION}|${HOW_TO_APPLY}|${OFFER}|${WELCOME}|${ALL_STAFF})\b`,
  'i',
);
const MAX_WORDS = 60;

/** Which form of requirement a sentence takes, or null: for the level, and for tests. */
export function requirementForm(sentence: string): string | null {
  const body = sentence.trim();
  if (!body || body.split(/\s+/).length > MAX_WORDS || /\?\s*$/.test(body)) return null;
  // "… would be an advantage but not essential as full training will be given" still asks.
  if (NOT_APPLICANT.test(body) && !(REQUIREMENT_NOUN.test(body) && hedgedLevel(body, false) === 'desirable'))
    return null;
  if (applicantAsks(body)) return 'applicant';
  if (MUST_FIRST.test(body)) return 'must';
  if (ONLY_SOME.test(body)) return 'only-some';
  if (MUST_ANYTHING.test(body)) return 'must';
  if (RIGHT_TO_WORK.test(body) && ONLY.test(body)) return 'right-to-work';
  if (POST_SUITS.test(body)) return 'post-suits';
  if (IMPORTANT.test(body)) return 'important';
  const sought = WE_LOOK_FOR.exec(body) ?? INVITED.exec(body);
  if (sought) {
    const person = body.slice(sought.index + sought[0].length);
    const cut = TO_JOIN.exec(person);
    const who = cut ? person.slice(0, cut.index) : person;
    if (HOLDS.test(who) || WHO_HAS.test(who)) return 'sought';
  }
  if (!REQUIREMENT_NOUN.test(body)) return null;
  // The requirement noun belongs to the statement: "full participation is mandatory" asks for nothing held.
  if (statements(body).some(({ start, end }) => REQUIREMENT_NOUN.test(body.slice(start, end)))) return 'stated';
  if (IT_IS.test(body)) return 'it-is';
  if (NOT_CONSIDERED.test(body)) return 'not-considered';
  if (YOU_ARE.test(body)) return 'you-are';
  if (REQUIREMENTS_ARE.test(body)) return 'requirements-are';
  if (BARE_LEVEL.test(body) && body.split(/\s+/).length <= 20) return 'stated';
  if (IF_YOU.test(body) && HOLDS.test(body)) return 'if-you';
  return null;
}

/**
 * The level of a requirement sentence, or null when the sentence asks nothing of the applicant.
 * Hedged ("ideally", "would be an advantage") is desirable; anything else asked is essential (design:
 * taxonomy §3.2.7).
 */
export function requirementLevel(sentence: string): MarkedLevel | null {
  if (!requirementForm(sentence)) return null;
  const body = sentence.trim();
  const hedge = hedgedLevel(body, true);
  if (hedge === 'not-required') return null;
  const stated = STATED.exec(body);
  if (stated && /^(?:essential|a\s+requirement|requirements?|mandatory)\b/i.test(stated[1]!))
    return hedge && !/\b(?:is|are)\s+essential\b/i.test(body) ? 'desirable' : 'essential';
  if (hedge || /\bideally\b|\bpreferabl[ey]\b|\bif\s+possible\b/i.test(body)) return 'desirable';
  if (
    stated &&
    !/^(?:required|necessary|needed|vital|crucial|important|a\s+must|an\s+absolute\s+must)$/i.test(stated[1]!)
  )
    return 'desirable';
  return 'essential';
}

// A sentence that opens on the employer, the team or the post describes them.
const ABOUT_THE_POST =
  /^(?:this|it|there|we|we['’]\w+|our|the\s+(?:team|service|trust|post|role|department|unit|ward|practice|hospital))\b/i;

/** Inside a specification: a sentence that asks something, or names what an applicant holds and is no pitch. */
export function readsAsRequirement(sentence: string): boolean {
  if (requirementForm(sentence)) return true;
  const body = sentence.trim();
  return REQUIREMENT_NOUN.test(body) && !ABOUT_THE_POST.test(body) && !NOT_APPLICANT.test(body);
}

// "… want to make a difference", "interested in job security": the applicant's wish, not a requirement.
const WISH = /^(?:(?:to\s+)?(?:want|wants|wanting|would\s+like|are\s+interested|interested|keen|looking)\b)/i;
const BENEFIT =
  /\b(?:salary|pension|job\s+security|benefits?|holidays?|annual\s+leave|pay|discounts?|package|bonus)\b/i;

/** An item that states a wish ("want to get involved with …"): asked of nobody, so not essential. */
export const statesWish = (item: string): boolean => WISH.test(item.trim());

/** A wish for what the post gives ("interested in job security tied to a good salary"): no criterion at all. */
export const wishesForBenefit = (item: string): boolean => statesWish(item) && BENEFIT.test(item);

// The verbs a duties list opens with: "Ensure …", "To undertake …", "Supporting …".
const DUTY_VERBS = [
  'ensur',
  'undertak',
  'deliver',
  'carry(?:ing)?\\s+out',
  'support',
  'assist',
  'maintain',
  'provid',
  'monitor',
  'escalat',
  'lead',
  'manag',
  'co-?ordinat',
  'report',
  'work',
  'participat',
  'take\\s+part',
  'taking\\s+part',
  'liais',
  'attend',
  'adher',
  'respect',
  'use',
  'using',
  'promot',
  'contribut',
  'act',
  'oversee',
  'review',
  'implement',
  'prepar',
  'organis',
  'plan',
  'record',
  'order',
  'complet',
  'visit',
  'assess',
  'administer',
  'arrang',
  'updat',
  'respond',
  'deal',
  'develop',
  'communicat',
  'help',
  'facilitat',
  'handl',
  'process',
  'answer',
  'book',
  'chair',
  'represent',
  'treat',
  'care\\s+for',
  'caring\\s+for',
];
const DUTY = new RegExp(String.raw`^(?:to\s+)?(?:${DUTY_VERBS.join('|')})(?:e|es|s|ing)?\b`, 'i');
// "Work well in a team", "Communicate effectively": how the applicant works, an ability.
const HOW_WELL =
  /^\S+(?:\s+\S+)?\s+(?:well|effectively|independently|autonomously|flexibly|accurately|collaboratively|confidently|professionally|appropriately|sensitively|calmly|clearly|under\s+pressure)\b/i;
// "Managing a Quality Service", "Delivering at Pace": the name of a competency, in title case.
const TITLE_CASE = /^(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:a|an|and|at|of|the|to|in|&|\p{Lu}[\p{L}'’-]*))*)$/u;

/** A duty of the post ("Ensure records are kept", "To support the team"), not something asked of the applicant. */
export function opensWithDuty(item: string): boolean {
  const text = item.trim();
  return DUTY.test(text) && !HOW_WELL.test(text) && !TITLE_CASE.test(text.replace(/[.;,:]+$/, ''));
}

// How a requirement item opens: "Experience of …", "Good knowledge of …", "Able to …", "Registered nurse".
const QUALITY = String.raw`good|excellent|strong|sound|proven|demonstrable|demonstrated|relevant|previous|recent|extensive|significant|thorough|working|basic|full|current|clear|effective|high|some|post[\s-]?registration|post[\s-]?qualification|specialist|in[\s-]?depth|detailed|broad|wide`;
const HEAD = String.raw`experience[sd]?|knowledge|understanding|abilit(?:y|ies)|able|skill(?:s|ed)?|qualifications?|qualified|registered|registration|degree|diploma|NVQ|GCSE|QCF|evidence|willing(?:ness)?|commitment|flexib\w*|competen\w*|proficien\w*|awareness|aware|familiar\w*|driving|driver|licen[cs]e|trained|training|educated|membership|excellent|good|strong|ability|capable|confident|motivated|enthusiastic|IT|computer|literate|numerate|fluent|willing`;
const REQUIREMENT_HEAD = new RegExp(String.raw`^(?:an?\s+|the\s+)?(?:(?:${QUALITY})[\s,]+){0,2}(?:${HEAD})\b`, 'i');

/** A list item that opens as a requirement does ("Experience of …", "Able to …"), whatever list it is in. */
export const opensAsRequirement = (item: string): boolean => REQUIREMENT_HEAD.test(item.trim());
