import { isCategoryPhrase, opensWithCategoryHead } from './category-phrase';
import { LEVEL_WORD, levelOfWord, wordCount, type MarkedLevel } from './levels';
import { headingText } from './heading-text';
import { bulletLength } from './read-item';

export { headingText } from './heading-text';

export { isCategoryPhrase, namesRequirements } from './category-phrase';

/**
 * What a line says about the structure around it. Each test reads the whole line, so "essential"
 * inside a sentence ("essential services", "essential skills clusters") never sets a level.
 */

const tidy = (text: string) => {
  const t = text.replace(/^[\s:–—-]+|[\s:;.,–—…-]+$/g, '').replace(/\s+/g, ' ');
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
};

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
  const { text, endsLikeHeading, words } = headingText(raw);
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
  const { text, words } = headingText(raw);
  return words <= 6 && SPEC_HEADING.test(text);
}

const PLACE_AND_PAY_FIELD = String.raw`location|base|site|salary|pay|hours(?:\s+of\s+work)?|contract(?:\s+type)?`;
const DATE_FIELD = String.raw`closing\s+date|interviews?(?:\s+date)?|start\s+date`;
const POST_FIELD = String.raw`reference|job\s+ref|grade|band|working\s+pattern`;
const FIELD_LABEL = new RegExp(String.raw`^(?:${PLACE_AND_PAY_FIELD}|${DATE_FIELD}|${POST_FIELD})\s*:`, 'i');

const WE_OFFER = String.raw`benefits\b|in\s+return\b|we\s+(?:can\s+)?offer\b`;
const YOU_WILL_RECEIVE = String.raw`you\s+will\s+(?:receive|get|have\s+access\s+to|enjoy|be\s+rewarded)\b`;
const WHAT_YOU_GET = String.raw`perks\b|what\s+you(?:['’]ll|\s+will)\s+get\b`;
const REWARDS_PACKAGE = String.raw`what\s+we\s+(?:can\s+)?offer\b|rewards?\s+package\b`;
export const OFFER = new RegExp(
  String.raw`\b(?:${WE_OFFER}|${YOU_WILL_RECEIVE}|${WHAT_YOU_GET}|${REWARDS_PACKAGE})`,
  'i',
);

/** "Location: …", "Salary: …", "In return you will have access to the following benefits": not a criterion. */
export const isOfferOrField = (raw: string): boolean => {
  const { text } = headingText(raw);
  return FIELD_LABEL.test(text) || OFFER.test(text);
};

const OFFER_FIRST = new RegExp(
  String.raw`^(?:${WE_OFFER}|${YOU_WILL_RECEIVE}|${WHAT_YOU_GET}|${REWARDS_PACKAGE})`,
  'i',
);

/** A list item that opens the offer ("Benefits include …"), not one naming benefits ("Benefits systems"). */
export const opensOffer = (raw: string): boolean => {
  const { text } = headingText(raw);
  if (FIELD_LABEL.test(text)) return true;
  return (
    OFFER_FIRST.test(text) && (/:\s*$/.test(raw) || /\b(?:include|includes|including|offer|you|we|our)\b/i.test(text))
  );
};

/** "Qualifications", "Experience:", "Skills and Knowledge": a category of the specification. */
export function categoryHeading(raw: string, heading: boolean): string | null {
  const { text, endsLikeHeading, words } = headingText(raw);
  if (HAS_LEVEL.test(text) || !isCategoryPhrase(text)) return null;
  if (heading || endsLikeHeading || words <= 4) return tidy(text);
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
const DOCUMENTS = String.raw`(?:supporting|attached|additional|related)\s+(?:documents?|files?)|documents?(?:\s+to\s+download)?$|attachments?$|downloads?$`;
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
  DOCUMENTS,
];
const KNOWN_BREAKS = new RegExp(`^(?:${ADVERT_SECTIONS.join('|')})\\b`, 'i');

/** "About us", "Benefits", "How to apply": the name of another part of an advert. */
export function isAdvertSection(raw: string): boolean {
  const { text, words } = headingText(raw);
  return words <= 8 && KNOWN_BREAKS.test(text);
}

/**
 * A heading that is not part of a person specification ("About us", "Benefits", "What next?"):
 * the specification before it has ended.
 */
export function isBreakHeading(raw: string, heading: boolean): boolean {
  const { text, words } = headingText(raw);
  if (words === 0) return false;
  if (words <= 8 && KNOWN_BREAKS.test(text)) return true;
  if (words > 12) return false;
  return heading || /[:?!…]\s*$|\.\.\.\s*$/.test(raw.trim());
}
