import { isCategoryPhrase, opensWithCategoryHead } from './category-phrase';
import { LEVEL_WORD, levelOfWord, wordCount, type MarkedLevel } from './levels';
import { bulletLength } from './read-item';

export { isCategoryPhrase, namesRequirements } from './category-phrase';

/**
 * What a line says about the structure around it. Each test reads the whole line, so "essential"
 * inside a sentence ("essential services", "essential skills clusters") never sets a level.
 */

const tidy = (text: string) => {
  const t = text.replace(/^[\s:–—-]+|[\s:;.,–—…-]+$/g, '').replace(/\s+/g, ' ');
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
};

/** The line without its bullet and closing punctuation, and whether it ended like a heading. */
export function headingText(raw: string): { text: string; endsLikeHeading: boolean } {
  const text = raw.slice(bulletLength(raw)).trim();
  return { text: text.replace(/[\s:;.\-–—…]+$/, ''), endsLikeHeading: /(?::|\.\.\.|…|[-–—]|:-)\s*$/.test(text) };
}

export type LevelHeading = { level: MarkedLevel | null; category: string | null };

const LEVEL = new RegExp(`\\b${LEVEL_WORD}\\b`, 'gi');
const HAS_LEVEL = new RegExp(`\\b${LEVEL_WORD}\\b`, 'i');
const LEVEL_FIRST = new RegExp(`^(?:the following (?:are |is )?)?(${LEVEL_WORD})\\b\\s*(.*)$`, 'i');
const LEVEL_LAST = new RegExp(`^(.*?)[\\s:–—-]*[([]?\\s*(${LEVEL_WORD})(?:\\s+criteria)?\\s*[)\\]]?$`, 'i');

const THE_POST = '(?:post|role|job)';
const CRITERIA = 'criteria|requirements?|characteristics|attributes|elements|areas';
const CRITERIA_FOR_THE_POST = `(?:criteria|requirements?) (?:of|for) the ${THE_POST}(?: are| include)?`;
const CRITERIA_INCLUDE = '(?:criteria|requirements) (?:are|include|includes)';
const FOR_THE_POST = `(?:for|to) (?:the|this) ${THE_POST}`;
const SKILLS_INCLUDE = '(?:skills|criteria|requirements) include';
// What may follow the level word of a heading that names a level and nothing else.
const PLAIN_REST = new RegExp(
  `^(?:${CRITERIA}|${CRITERIA_FOR_THE_POST}|${CRITERIA_INCLUDE}|${FOR_THE_POST}|${SKILLS_INCLUDE})$`,
  'i',
);

/**
 * A line that names a level and nothing else: "Essential", "Desirable criteria:", "Essential
 * qualifications:", "Qualifications – Essential", "Hanfodol", "For this post the following are
 * essential:". Both levels in one line ("Essential and desirable criteria") give level null.
 */
export function levelHeading(raw: string, heading: boolean): LevelHeading | null {
  const { text, endsLikeHeading } = headingText(raw);
  const words = wordCount(text);
  if (words === 0 || words > 16) return null;
  if (/\bnot (?:essential|desirable)|non-essential/i.test(text)) return null;
  const levels = new Set([...text.matchAll(LEVEL)].map((m) => levelOfWord(m[0])));
  if (levels.size === 0) return null;
  if (levels.size === 2)
    return words <= 6 && /^(?:the\s+)?(?:essential|desirable|hanfodol|dymunol)\b/i.test(text)
      ? { level: null, category: null }
      : null;
  const level = [...levels][0]!;

  const first = LEVEL_FIRST.exec(text);
  if (first) {
    const rest = first[2]!.replace(/^[\s:–—-]+/, '');
    if (!rest || PLAIN_REST.test(rest)) return { level, category: null };
    const restWords = rest.replace(/\s+(?:required|needed|include|includes|are)$/i, '');
    if (isCategoryPhrase(restWords)) return { level, category: tidy(restWords) };
    if ((endsLikeHeading || heading) && words <= 8) {
      return { level, category: opensWithCategoryHead(rest) ? tidy(rest) : null };
    }
    return null;
  }
  const last = LEVEL_LAST.exec(text);
  if (last && last[1] && isCategoryPhrase(last[1])) return { level, category: tidy(last[1]) };
  if (
    endsLikeHeading &&
    /:\s*$/.test(raw) &&
    words <= 16 &&
    (heading || /\bfollowing\b|\bcriteria\b|\brequirements\b/i.test(text))
  ) {
    return { level, category: null };
  }
  return null;
}

// "Desired", "Beneficial", "Nice to have:": a desirable heading in other words (labelling rule 5).
const DESIRABLE_SYNONYM = String.raw`desired|beneficial|preferred|preferable|advantageous|nice\s+to\s+have|would\s+be\s+(?:an\s+)?(?:advantage|advantageous|beneficial|desirable)`;
const DESIRABLE_ONLY = new RegExp(
  String.raw`^(?:${DESIRABLE_SYNONYM})(?:\s+(?:criteria|requirements|skills|experience|qualifications|attributes))?$`,
  'i',
);

/** "Desired", "Beneficial": a line that sets the desirable level without saying "desirable". */
export function desirableHeading(raw: string): boolean {
  const { text } = headingText(raw);
  return DESIRABLE_ONLY.test(text);
}

const LABEL = new RegExp(
  `^(${LEVEL_WORD})(?:\\s+(criteria|requirements?|[\\p{L}&,/ ]{1,40}?))?\\s*(?::|[-–—](?=\\s))\\s*(\\S.*)$`,
  'iu',
);

/** "Essential: current NMC registration", "Desirable criteria – ILM Level 5": a level label then an item. */
export function labelledItem(
  raw: string,
): { level: MarkedLevel; category: string | null; contentStart: number } | null {
  const bullet = bulletLength(raw);
  const match = LABEL.exec(raw.slice(bullet));
  if (!match) return null;
  const middle = match[2]?.trim() ?? '';
  if (middle && !/^(?:criteria|requirements?)$/i.test(middle) && !isCategoryPhrase(middle)) return null;
  const content = match[3]!;
  if (wordCount(content) === 0) return null;
  return {
    level: levelOfWord(match[1]!),
    category: middle && isCategoryPhrase(middle) ? tidy(middle) : null,
    contentStart: bullet + match[0].length - content.length,
  };
}

const CATEGORY_LABEL = /^([\p{L}&,/ ]{2,50}?)\s*:\s*(?=\S)/u;

/** "Skills: Strong communicator, …", "Requirements: NVQ Level 2": a category named before its item. */
export function categoryLabel(raw: string): { category: string | null; contentStart: number } | null {
  const bullet = bulletLength(raw);
  const match = CATEGORY_LABEL.exec(raw.slice(bullet));
  if (!match) return null;
  const name = match[1]!.trim();
  if (HAS_LEVEL.test(name) || !(isCategoryPhrase(name) || /^requirements?$/i.test(name))) return null;
  const contentStart = bullet + match[0].length;
  if (wordCount(raw.slice(contentStart)) < 2) return null;
  // "Requirements:" names no factor (labelling rule 6).
  return { category: /^requirements?$/i.test(name) ? null : tidy(name), contentStart };
}

const SPEC_NAME = String.raw`person(?:al)?\s+spec(?:ification)?s?|selection\s+criteria|shortlisting\s+criteria`;
const WELSH_SPEC_NAME = String.raw`manyleb\s+(?:y\s+)?person`;
const CRITERIA_FOR = String.raw`criteria\s+for\s+(?:the\s+)?(?:post|role)`;
const SPEC_HEADING = new RegExp(
  String.raw`^(?:the\s+|our\s+)?(?:${SPEC_NAME}|${WELSH_SPEC_NAME}|${CRITERIA_FOR})\b`,
  'i',
);

/** "Person Specification", "Manyleb y Person", "Selection criteria": a person specification starts. */
export function isSpecHeading(raw: string): boolean {
  const { text } = headingText(raw);
  return wordCount(text) <= 6 && SPEC_HEADING.test(text);
}

const PLACE_AND_PAY_FIELD = String.raw`location|base|site|salary|pay|hours(?:\s+of\s+work)?|contract(?:\s+type)?`;
const DATE_FIELD = String.raw`closing\s+date|interviews?(?:\s+date)?|start\s+date`;
const POST_FIELD = String.raw`reference|job\s+ref|grade|band|working\s+pattern`;
const FIELD_LABEL = new RegExp(String.raw`^(?:${PLACE_AND_PAY_FIELD}|${DATE_FIELD}|${POST_FIELD})\s*:`, 'i');

const WE_OFFER = String.raw`benefits\b|in\s+return\b|we\s+(?:can\s+)?offer\b`;
const YOU_WILL_RECEIVE = String.raw`you\s+will\s+(?:receive|get|have\s+access\s+to|enjoy|be\s+rewarded)\b`;
const WHAT_YOU_GET = String.raw`perks\b|what\s+you(?:['’]ll|\s+will)\s+get\b`;
const REWARDS_PACKAGE = String.raw`what\s+we\s+(?:can\s+)?offer\b|rewards?\s+package\b`;
const OFFER = new RegExp(String.raw`\b(?:${WE_OFFER}|${YOU_WILL_RECEIVE}|${WHAT_YOU_GET}|${REWARDS_PACKAGE})`, 'i');

/** "Location: …", "Salary: …", "In return you will have access to the following benefits": not a criterion. */
export const isOfferOrField = (raw: string): boolean => {
  const { text } = headingText(raw);
  return FIELD_LABEL.test(text) || OFFER.test(text);
};

const OFFER_FIRST = new RegExp(
  String.raw`^(?:${WE_OFFER}|${YOU_WILL_RECEIVE}|${WHAT_YOU_GET}|${REWARDS_PACKAGE})`,
  'i',
);

/** A list item that opens the offer ("Benefits include …", "In return …"), not one that names benefits ("Benefits systems"). */
export const opensOffer = (raw: string): boolean => {
  const { text } = headingText(raw);
  if (FIELD_LABEL.test(text)) return true;
  return (
    OFFER_FIRST.test(text) && (/:\s*$/.test(raw) || /\b(?:include|includes|including|offer|you|we|our)\b/i.test(text))
  );
};

// "The successful candidate", "the ideal applicant".
const APPLICANT = String.raw`(?:candidate|applicant|person|individual|post\s?holder)`;
const THE_RIGHT_APPLICANT = String.raw`\b(?:successful|ideal|right|suitable|preferred|perfect)\s+${APPLICANT}s?\b`;
// "You will have", "Applicants must possess", "The candidate must possess"; "be" but not "be working",
// "be leading": those introduce duties.
const YOU = String.raw`(?:you|they|applicants|candidates|the\s+(?:candidate|applicant|post\s?holder|individual)s?)`;
const MUST = String.raw`(?:will|must|should|need\s+to|would|are\s+required\s+to)`;
const HAVE = String.raw`(?:have|need|be(?!\s+\w+ing\b)|possess|hold|bring|demonstrate|also\s+have|ideally\s+have|meet)`;
const YOU_MUST_HAVE = String.raw`\b${YOU}\s+${MUST}\s+${HAVE}\b`;
// "What you'll bring", "What we're looking for", "What we look for in your application", "What we ask of you".
const WE_ARE = String.raw`we(?:['’]re|\s+are)`;
const WHAT_YOU_BRING = String.raw`\bwhat\s+(?:you['’]ll|you\s+will|you)\s+(?:need|bring|have)\b`;
const WHAT_WE_LOOK_FOR = String.raw`\b(?:what|who)\s+(?:${WE_ARE}\s+looking\s+for|we\s+(?:look\s+for|ask|need|want|expect|require))\b`;
// "To apply you must…", "You will need", "About you", "We are looking for", "To be considered", "You are…".
const TO_APPLY_YOU_MUST = String.raw`\bto\s+apply\b.*\byou\s+(?:will|must|should|need)\b`;
const YOU_MUST_AT_END = String.raw`\byou\s+(?:will|must|should|are|have)\s*(?:need\s*)?$`;
const ABOUT_YOU = String.raw`^about\s+you\b|^(?:the|our)\s+(?:ideal\s+|successful\s+|right\s+)?(?:candidate|person|applicant|individual)$`;
const YOU_WILL_NEED = String.raw`\byou(?:['’]ll|\s+will)\s+need\b`;
const WE_WANT = String.raw`\b${WE_ARE}\s+looking\s+for\b|\bwe\s+(?:need|require|would\s+like)\b`;
const TO_BE_CONSIDERED = String.raw`\bto\s+be\s+considered\b|\bapply\s+if\b`;
// "… individuals who:", "We want to hear from people who:".
const PEOPLE_WHO = String.raw`\b(?:individuals?|people|someone|somebody|candidates|applicants|persons?|those|you)\s+who$`;
// "Applicants should meet the following criteria:", "you will be tested against the following behaviours:".
const FOLLOWING = String.raw`\bthe\s+following\s+(?:[\w-]+\s+){0,3}?(?:criteria|qualities|attributes|skills|requirements|competenc\w*|behaviours|characteristics|qualifications)\b`;
const YOU_NEED = [
  TO_APPLY_YOU_MUST,
  YOU_MUST_AT_END,
  ABOUT_YOU,
  YOU_WILL_NEED,
  WE_WANT,
  TO_BE_CONSIDERED,
  PEOPLE_WHO,
  FOLLOWING,
].join('|');
// "Key requirements", "Skills and experience", "What's required", "Required skills & experience".
const OPENING_WORD = String.raw`key\s+|essential\s+|minimum\s+|entry\s+|main\s+|role\s+|job\s+|candidate\s+|our\s+`;
const SKILLS_AND_EXPERIENCE = String.raw`skills\s+and\s+experience|experience\s+and\s+skills`;
const SKILLS_AND_MORE = String.raw`skills,?\s+(?:qualifications|knowledge|experience)(?:\s+and\s+\w+)?`;
const QUALIFICATIONS_REQUIRED = String.raw`qualifications\s+(?:and\s+experience|required)`;
const WHAT_IS_REQUIRED = String.raw`experience\s+required|what['’]s\s+required|required(?:\s+[\w&,/ ]{1,40})?$`;
const REQUIREMENTS_OF_THE_ROLE = String.raw`requirements\s+(?:of|for)\s+the\s+(?:role|post)`;
const REQUIREMENTS = [
  'requirements|criteria',
  SKILLS_AND_EXPERIENCE,
  SKILLS_AND_MORE,
  QUALIFICATIONS_REQUIRED,
  WHAT_IS_REQUIRED,
  REQUIREMENTS_OF_THE_ROLE,
].join('|');
const REQUIREMENTS_HEADING = String.raw`^(?:${OPENING_WORD})?(?:${REQUIREMENTS})\b`;
const INTRO_PATTERNS = [
  THE_RIGHT_APPLICANT,
  YOU_MUST_HAVE,
  `${WHAT_YOU_BRING}|${WHAT_WE_LOOK_FOR}`,
  YOU_NEED,
  REQUIREMENTS_HEADING,
].map((pattern) => new RegExp(pattern, 'i'));

// "…who will be involved in:", "You will be responsible for:" introduce duties, not requirements.
const RESPONSIBLE_FOR = String.raw`involved\s+in|responsible\s+for|duties|tasks|responsibilities`;
const DUTIES = new RegExp(
  String.raw`\b(?:${RESPONSIBLE_FOR}|day[- ]to[- ]day|be\s+doing|will\s+include|your\s+role)\b`,
  'i',
);
const INTRO_HEDGE = /\b(?:ideally|would\s+be|desirable|preferabl[ey]|bonus|nice\s+to\s+have|advantage)\b/i;

/**
 * "The successful candidate will have:", "What you'll bring", "You must have…": a list of
 * requirements follows. Their level: essential unless the introduction hedges (design: taxonomy §3.2.7).
 */
export function requirementIntro(raw: string, heading: boolean): MarkedLevel | null {
  const { text, endsLikeHeading } = headingText(raw);
  const words = wordCount(text);
  if (words === 0 || words > 18) return null;
  if (!INTRO_PATTERNS.some((p) => p.test(text)) || OFFER.test(text) || DUTIES.test(text)) return null;
  if (!(endsLikeHeading || heading || words <= 5 || /;\s*$/.test(raw))) return null;
  return INTRO_HEDGE.test(text) ? 'desirable' : 'essential';
}

/** "Qualifications", "Experience:", "Skills and Knowledge": a category of the specification. */
export function categoryHeading(raw: string, heading: boolean): string | null {
  const { text, endsLikeHeading } = headingText(raw);
  if (HAS_LEVEL.test(text) || !isCategoryPhrase(text)) return null;
  if (heading || endsLikeHeading || wordCount(text) <= 4) return tidy(text);
  return null;
}

// The headings of the rest of an advert.
const EMPLOYER = '(?:trust|role|team|organisation|organization|service|practice|company|hospital|department)';
const ABOUT_US = String.raw`about\s+(?:us|the\s+${EMPLOYER})`;
const WHAT_WE_OFFER = String.raw`benefits|what\s+we\s+(?:offer|can\s+offer)|we\s+(?:can\s+)?offer`;
const WHY_JOIN = String.raw`why\s+(?:join|work|choose)`;
const HOW_TO_APPLY = String.raw`how\s+to\s+apply|to\s+apply|apply\s+now|closing\s+date|interviews?\s+(?:date|will)`;
const FURTHER_INFORMATION = String.raw`(?:for\s+)?(?:further|more)\s+(?:information|details)`;
const CONTACT_DETAILS = String.raw`please\s+(?:note|contact|see|read)|additional\s+information|contact(?:\s+details)?`;
const JOB_DESCRIPTION = String.raw`job\s+(?:description|summary|purpose|overview|role)`;
const MAIN_DUTIES = String.raw`main\s+(?:duties|responsibilities|purpose)`;
const KEY_DUTIES = String.raw`key\s+(?:duties|responsibilities|tasks|accountabilities)`;
const DUTIES_INCLUDE = String.raw`(?:duties|responsibilities)(?:\s+include)?`;
const WORKING_TERMS = String.raw`salary|hours|working\s+(?:hours|pattern|arrangements)|location`;
const OUR_TEAM = String.raw`our\s+(?:values|trust|team|commitment|organisation)|the\s+(?:role|team|post|trust)`;
const REWARDS = String.raw`in\s+return|rewards?`;
const WHAT_NEXT = String.raw`what\s+next|next\s+steps|informal\s+(?:enquiries|visits)`;
const PAY_AND_TERMS = String.raw`the\s+(?:benefits|package)|pay|terms\s+and\s+conditions`;
const ADVERT_SECTIONS = [
  ABOUT_US,
  WHAT_WE_OFFER,
  WHY_JOIN,
  HOW_TO_APPLY,
  FURTHER_INFORMATION,
  CONTACT_DETAILS,
  JOB_DESCRIPTION,
  MAIN_DUTIES,
  KEY_DUTIES,
  DUTIES_INCLUDE,
  WORKING_TERMS,
  OUR_TEAM,
  REWARDS,
  WHAT_NEXT,
  PAY_AND_TERMS,
];
const KNOWN_BREAKS = new RegExp(`^(?:${ADVERT_SECTIONS.join('|')})\\b`, 'i');

/**
 * A heading that is not part of a person specification ("About us", "Benefits", "What next?"):
 * the specification before it has ended.
 */
export function isBreakHeading(raw: string, heading: boolean): boolean {
  const { text } = headingText(raw);
  const words = wordCount(text);
  if (words === 0) return false;
  if (words <= 8 && KNOWN_BREAKS.test(text)) return true;
  if (words > 12) return false;
  return heading || /[:?!…]\s*$|\.\.\.\s*$/.test(raw.trim());
}
