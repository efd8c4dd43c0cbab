/**
 * Category phrases, the headings that name a part of a specification: "Qualifications", "Skills,
 * abilities & knowledge", "Other requirements", "Cymwysterau".
 */

/** The words of a list written one after another, as a Set. */
const wordSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

// Every word of a category heading is one of these, English then Welsh.
const CATEGORY_WORDS = wordSet(`
  qualification qualifications education educational training experience experiences knowledge skill skills ability
  abilities aptitude aptitudes qualities attributes characteristics values behaviours behaviors competence
  competences competencies competency requirements circumstances disposition registration communication physical
  interpersonal technical clinical management leadership language languages expertise understanding personality
  motivation interests practical intellectual information professional academic personal other additional special
  general key specific relevant work job related work-related job-related and or of the & teaching research it
  fitness practise practice probity commitment eligibility contractual equality diversity essential desirable
  factors factor welsh english
  cymwysterau cymhwyster profiad gwybodaeth sgiliau gwerthoedd rhinweddau personol nodweddion arall addysg
  hyfforddiant galluoedd gofynion ychwanegol iaith a ac
`);

// The words that name a category ("Skills"); one of them must be in a category heading.
const CATEGORY_HEADS = wordSet(`
  qualification qualifications education educational training experience knowledge skill skills ability abilities
  aptitude aptitudes qualities attributes characteristics values behaviours behaviors competence competences
  competencies competency circumstances disposition registration communication physical interpersonal expertise
  personality motivation understanding language languages fitness probity eligibility requirements information
  cymwysterau cymhwyster profiad gwybodaeth sgiliau gwerthoedd rhinweddau nodweddion arall addysg hyfforddiant
  galluoedd gofynion iaith
`);

// The words a category heading may open with before its head ("Clinical skills").
const CATEGORY_PREFIXES = wordSet(`
  professional academic personal other additional special general key specific relevant technical clinical
  management work job work-related job-related practical intellectual teaching research it contractual welsh english
  leadership communication
`);

const tokens = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s,/()]+|(?<=\w)(?=&)|(?<=&)(?=\w)/)
    .filter(Boolean);

const MAX_WORDS = 7;
const SEPARATORS = /[\s,/()]+/g;
// A phrase of category words has at most this many characters outside its separators.
const MAX_WORD_CHARACTERS = MAX_WORDS * Math.max(...[...CATEGORY_WORDS].map((w) => w.length));

/** Sure to be too long for a category phrase, found without splitting a line of prose into its words. */
const tooLong = (text: string) =>
  text.length > MAX_WORD_CHARACTERS && text.replace(SEPARATORS, '').length > MAX_WORD_CHARACTERS;

/** "Qualifications", "Skills, abilities & knowledge", "Other requirements", "Cymwysterau": only category words. */
export function isCategoryPhrase(text: string): boolean {
  const phrase = text.replace(/[:.\-–—]+$/, '');
  if (tooLong(phrase)) return false;
  const words = tokens(phrase);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (!words.every((w) => CATEGORY_WORDS.has(w))) return false;
  return (
    words.some((w) => CATEGORY_HEADS.has(w)) && (CATEGORY_HEADS.has(words[0]!) || CATEGORY_PREFIXES.has(words[0]!))
  );
}

/** "Skills for the post", "Experience in …": the phrase opens with a word that names a category. */
export const opensWithCategoryHead = (text: string): boolean => CATEGORY_HEADS.has(tokens(text)[0] ?? '');

const WHAT_APPLICANTS_HAVE = 'qualifications?|experience|knowledge|skills?|abilit(?:y|ies)|attributes|qualities';
const WHAT_POSTS_ASK = 'requirements|competenc(?:e|es|ies|y)|education';
const WELSH_REQUIREMENT_HEADS = 'cymwysterau|profiad|gwybodaeth|sgiliau';
const REQUIREMENT_HEADS = new RegExp(
  String.raw`^(?:\w+\s+)?(?:${WHAT_APPLICANTS_HAVE}|${WHAT_POSTS_ASK}|${WELSH_REQUIREMENT_HEADS})\b`,
  'i',
);

/** "Qualifications:", "Knowledge / Skills / Qualifications": a heading that lists what applicants need. */
export const namesRequirements = (category: string): boolean => REQUIREMENT_HEADS.test(category);
