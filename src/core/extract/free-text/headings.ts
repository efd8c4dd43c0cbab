import { LEVEL_WORD, levelOfWord, wordCount, type MarkedLevel } from './levels';
import { bulletLength } from './read-item';

/**
 * What a line says about the structure around it. Each test reads the whole line, so "essential"
 * inside a sentence ("essential services", "essential skills clusters") never sets a level.
 */

const CATEGORY_WORDS = new Set([
  'qualification',
  'qualifications',
  'education',
  'educational',
  'training',
  'experience',
  'experiences',
  'knowledge',
  'skill',
  'skills',
  'ability',
  'abilities',
  'aptitude',
  'aptitudes',
  'qualities',
  'attributes',
  'characteristics',
  'values',
  'behaviours',
  'behaviors',
  'competence',
  'competences',
  'competencies',
  'competency',
  'requirements',
  'circumstances',
  'disposition',
  'registration',
  'communication',
  'physical',
  'interpersonal',
  'technical',
  'clinical',
  'management',
  'leadership',
  'language',
  'languages',
  'expertise',
  'understanding',
  'personality',
  'motivation',
  'interests',
  'practical',
  'intellectual',
  'information',
  'professional',
  'academic',
  'personal',
  'other',
  'additional',
  'special',
  'general',
  'key',
  'specific',
  'relevant',
  'work',
  'job',
  'related',
  'work-related',
  'job-related',
  'and',
  'or',
  'of',
  'the',
  '&',
  'teaching',
  'research',
  'it',
  'fitness',
  'practise',
  'practice',
  'probity',
  'commitment',
  'eligibility',
  'contractual',
  'equality',
  'diversity',
  'essential',
  'desirable',
  'factors',
  'factor',
  'welsh',
  'english',
  // Welsh
  'cymwysterau',
  'cymhwyster',
  'profiad',
  'gwybodaeth',
  'sgiliau',
  'gwerthoedd',
  'rhinweddau',
  'personol',
  'nodweddion',
  'arall',
  'addysg',
  'hyfforddiant',
  'galluoedd',
  'gofynion',
  'ychwanegol',
  'iaith',
  'a',
  'ac',
]);
const CATEGORY_HEADS = new Set([
  'qualification',
  'qualifications',
  'education',
  'educational',
  'training',
  'experience',
  'knowledge',
  'skill',
  'skills',
  'ability',
  'abilities',
  'aptitude',
  'aptitudes',
  'qualities',
  'attributes',
  'characteristics',
  'values',
  'behaviours',
  'behaviors',
  'competence',
  'competences',
  'competencies',
  'competency',
  'circumstances',
  'disposition',
  'registration',
  'communication',
  'physical',
  'interpersonal',
  'expertise',
  'personality',
  'motivation',
  'understanding',
  'language',
  'languages',
  'fitness',
  'probity',
  'eligibility',
  'requirements',
  'information',
  'cymwysterau',
  'cymhwyster',
  'profiad',
  'gwybodaeth',
  'sgiliau',
  'gwerthoedd',
  'rhinweddau',
  'nodweddion',
  'arall',
  'addysg',
  'hyfforddiant',
  'galluoedd',
  'gofynion',
  'iaith',
]);
const CATEGORY_PREFIXES = new Set([
  'professional',
  'academic',
  'personal',
  'other',
  'additional',
  'special',
  'general',
  'key',
  'specific',
  'relevant',
  'technical',
  'clinical',
  'management',
  'work',
  'job',
  'work-related',
  'job-related',
  'practical',
  'intellectual',
  'teaching',
  'research',
  'it',
  'contractual',
  'welsh',
  'english',
  'leadership',
  'communication',
]);

const tokens = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s,/()]+|(?<=\w)(?=&)|(?<=&)(?=\w)/)
    .filter(Boolean);

/** "Qualifications", "Skills, abilities & knowledge", "Other requirements", "Cymwysterau": only category words. */
export function isCategoryPhrase(text: string): boolean {
  const words = tokens(text.replace(/[:.\-–—]+$/, ''));
  if (words.length === 0 || words.length > 7) return false;
  if (!words.every((w) => CATEGORY_WORDS.has(w))) return false;
  return (
    words.some((w) => CATEGORY_HEADS.has(w)) && (CATEGORY_HEADS.has(words[0]!) || CATEGORY_PREFIXES.has(words[0]!))
  );
}

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
const PLAIN_REST =
  /^(?:criteria|requirements?|characteristics|attributes|elements|areas|(?:criteria|requirements?) (?:of|for) the (?:post|role|job)(?: are| include)?|(?:criteria|requirements) (?:are|include|includes)|(?:for|to) (?:the|this) (?:post|role|job)|(?:skills|criteria|requirements) include)$/i;

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
      const head = tokens(rest)[0] ?? '';
      return { level, category: CATEGORY_HEADS.has(head) ? tidy(rest) : null };
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

const SPEC_HEADING =
  /^(?:the\s+|our\s+)?(?:person(?:al)?\s+spec(?:ification)?s?|selection\s+criteria|shortlisting\s+criteria|manyleb\s+(?:y\s+)?person|criteria\s+for\s+(?:the\s+)?(?:post|role))\b/i;

/** "Person Specification", "Manyleb y Person", "Selection criteria": a person specification starts. */
export function isSpecHeading(raw: string): boolean {
  const { text } = headingText(raw);
  return wordCount(text) <= 6 && SPEC_HEADING.test(text);
}

const FIELD_LABEL =
  /^(?:location|base|site|salary|pay|hours|contract|closing\s+date|interview\s+date|start\s+date|reference|job\s+ref|grade|band|working\s+pattern)\s*:/i;
const OFFER =
  /\b(?:benefits\b|in\s+return\b|we\s+(?:can\s+)?offer\b|you\s+will\s+(?:receive|get|have\s+access\s+to|enjoy|be\s+rewarded)\b|perks\b|what\s+you(?:['’]ll|\s+will)\s+get\b|what\s+we\s+(?:can\s+)?offer\b|rewards?\s+package\b)/i;

/** "Location: …", "Salary: …", "In return you will have access to the following benefits": not a criterion. */
export const isOfferOrField = (raw: string): boolean => {
  const { text } = headingText(raw);
  return FIELD_LABEL.test(text) || OFFER.test(text);
};

const INTRO_PATTERNS = [
  /\b(?:successful|ideal|right|suitable|preferred|perfect)\s+(?:candidate|applicant|person|individual|post\s?holder)s?\b/i,
  /\b(?:you|applicants|candidates|the\s+post\s?holder)\s+(?:will|must|should|need\s+to|would|are\s+required\s+to)\s+(?:have|need|be(?!\s+\w+ing\b)|possess|hold|bring|demonstrate|also\s+have|ideally\s+have)\b/i,
  /\bwhat\s+(?:you['’]ll|you\s+will|you)\s+(?:need|bring|have)\b|\bwhat\s+we(?:['’]re|\s+are)\s+looking\s+for\b|\bwho\s+we(?:['’]re|\s+are)\s+looking\s+for\b/i,
  /\bto\s+apply\b.*\byou\s+(?:will|must|should|need)\b|\byou\s+(?:will|must|should)\s*(?:need\s*)?$|^about\s+you\b|\byou(?:['’]ll|\s+will)\s+need\b|\bwe(?:['’]re|\s+are)\s+looking\s+for\b|\bwe\s+(?:need|require|would\s+like)\b|\bto\s+be\s+considered\b/i,
  /^(?:key\s+|essential\s+|minimum\s+|entry\s+|main\s+|role\s+|job\s+|candidate\s+|our\s+)?(?:requirements|criteria|skills\s+and\s+experience|experience\s+and\s+skills|skills,?\s+(?:qualifications|knowledge|experience)(?:\s+and\s+\w+)?|qualifications\s+(?:and\s+experience|required)|experience\s+required|what['’]s\s+required|requirements\s+(?:of|for)\s+the\s+(?:role|post))\b/i,
];
// "…who will be involved in:", "You will be responsible for:" introduce duties, not requirements.
const DUTIES =
  /\b(?:involved\s+in|responsible\s+for|duties|tasks|responsibilities|day[- ]to[- ]day|be\s+doing|will\s+include|your\s+role)\b/i;
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
  if (!(endsLikeHeading || heading || words <= 5)) return null;
  return INTRO_HEDGE.test(text) ? 'desirable' : 'essential';
}

const REQUIREMENT_HEADS =
  /^(?:\w+\s+)?(?:qualifications?|experience|knowledge|skills?|abilit(?:y|ies)|attributes|qualities|requirements|competenc(?:e|es|ies|y)|education|cymwysterau|profiad|gwybodaeth|sgiliau)\b/i;

/** "Qualifications:", "Knowledge / Skills / Qualifications": a heading that lists what applicants need. */
export const namesRequirements = (category: string): boolean => REQUIREMENT_HEADS.test(category);

/** "Qualifications", "Experience:", "Skills and Knowledge": a category of the specification. */
export function categoryHeading(raw: string, heading: boolean): string | null {
  const { text, endsLikeHeading } = headingText(raw);
  if (HAS_LEVEL.test(text) || !isCategoryPhrase(text)) return null;
  if (heading || endsLikeHeading || wordCount(text) <= 4) return tidy(text);
  return null;
}

const KNOWN_BREAKS =
  /^(?:about\s+(?:us|the\s+(?:trust|role|team|organisation|organization|service|practice|company|hospital|department))|benefits|what\s+we\s+(?:offer|can\s+offer)|we\s+(?:can\s+)?offer|why\s+(?:join|work|choose)|how\s+to\s+apply|to\s+apply|apply\s+now|closing\s+date|interviews?\s+(?:date|will)|(?:for\s+)?(?:further|more)\s+(?:information|details)|please\s+(?:note|contact|see|read)|additional\s+information|contact(?:\s+details)?|job\s+(?:description|summary|purpose|overview|role)|main\s+(?:duties|responsibilities|purpose)|key\s+(?:duties|responsibilities|tasks|accountabilities)|(?:duties|responsibilities)(?:\s+include)?|salary|hours|working\s+(?:hours|pattern|arrangements)|location|our\s+(?:values|trust|team|commitment|organisation)|the\s+(?:role|team|post|trust)|in\s+return|rewards?|what\s+next|next\s+steps|informal\s+(?:enquiries|visits)|the\s+(?:benefits|package)|pay|terms\s+and\s+conditions)\b/i;

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
