import { headingText, OFFER } from './headings';
import type { MarkedLevel } from './levels';

/**
 * The lines that open a list of requirements: "The successful candidate will have:", "What you'll
 * bring", "We would love to hear from people who:", "Applicants should meet the following criteria:".
 */

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
const FOLLOWING = String.raw`\bthe\s+following\s+(?:[\w-]+\s+){0,3}?(?:criteria|qualities|attributes|skills|requirements|competenc\w*|behaviours|characteristics|qualifications?|experience|knowledge|abilities)\b`;
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
  const { text, endsLikeHeading, words } = headingText(raw);
  if (words === 0 || words > 18) return null;
  if (!INTRO_PATTERNS.some((p) => p.test(text)) || OFFER.test(text) || DUTIES.test(text)) return null;
  if (!(endsLikeHeading || heading || words <= 5 || /;\s*$/.test(raw))) return null;
  return INTRO_HEDGE.test(text) ? 'desirable' : 'essential';
}
