/** Essential or desirable, as a writer marks it; 'not-required' for "not essential" on its own. */
export type MarkedLevel = 'essential' | 'desirable';

/** The words that mark a level, English and Welsh (Hanfodol = Essential, Dymunol = Desirable). */
export const LEVEL_WORD = '(?:essential|desirable|hanfodol|dymunol)';

export function levelOfWord(word: string): MarkedLevel {
  const w = word.toLowerCase();
  return w.startsWith('essential') || w === 'hanfodol' || w === 'e' ? 'essential' : 'desirable';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: number, text: string, i: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 39 ||
  c === 0x2019 ||
  (c > 127 && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!)));

/**
 * Runs of letters, digits and apostrophes. Counted by scanning, not by collecting the words: the
 * free-text reader asks it of every line several times.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = isWordChar(c, text, i);
    if (word && !inWord) count++;
    inWord = word;
    if (c >= 0xd800 && c <= 0xdbff) i++; // the rest of a character outside the BMP
  }
  return count;
}

const AN_ADVANTAGE = 'desirable|desired|advantageous|an advantage|(?:is|are|be) preferred|preferable';
const A_BONUS = 'nice to have|a bonus|an asset|beneficial|dymunol';
const BUT_NOT_ESSENTIAL = String.raw`\bbut\s+(?:it['’]?s\s+|is\s+)?not\s+(?:essential|necessary|required|a\s+requirement)\b`;
// "… (preferred)", "CAMHS experience preferred": the item ends on its level (decision 5 of the labels).
const ENDS_PREFERRED = String.raw`\bpreferred\s*\)?\s*[.!]?\s*$`;
const WILL_HELP = String.raw`\bwill\s+be\s+(?:helpful|useful)\b`;
const DESIRABLE_WORDS = new RegExp(
  String.raw`\b(?:${AN_ADVANTAGE}|${A_BONUS})\b|${BUT_NOT_ESSENTIAL}|${ENDS_PREFERRED}|${WILL_HELP}`,
  'i',
);
const SOFT_HEDGES = /^(?:ideally|preferably)\b|\bwould be (?:good|great|useful|helpful|welcome(?:d)?)\b/i;

const NOT = "(?:not|isn['’]t|aren['’]t)";
const REQUIRED = '(?:essential|required|necessary|needed|a requirement|mandatory)';
const EXPERIENCE = '(?:previous |prior |formal )?(?:experience|qualifications?)';
const NO_EXPERIENCE_NEEDED = String.raw`\bno ${EXPERIENCE} (?:is |are )?(?:necessary|required|needed)\b`;
const NOT_REQUIRED = new RegExp(String.raw`\b${NOT} ${REQUIRED}\b|\bnon-essential\b|${NO_EXPERIENCE_NEEDED}`, 'i');

const STATED_ESSENTIAL = /\b(?:(?:is|are|be) (?:essential|a requirement|mandatory)|hanfodol)\b|\bessential\W*$/i;
const MUST = /\b(?:must|will need to|(?:is|are) required)\b/i;

/**
 * A hedge in an item's words: "would be an advantage", "desirable but not essential" → desirable;
 * "not essential" alone → not-required. `soft` also counts an item that opens with "Ideally" or
 * "Preferably" (only where no heading set the level; "Registered nurse, preferably with …" stays).
 */
export function hedgedLevel(text: string, soft: boolean): 'desirable' | 'not-required' | null {
  if (DESIRABLE_WORDS.test(text)) return 'desirable';
  if (NOT_REQUIRED.test(text)) return 'not-required';
  if (soft && SOFT_HEDGES.test(text)) return 'desirable';
  return null;
}

/** "… is essential", "… essential." at the end, "hanfodol": the item says it is essential. */
export const statesEssential = (text: string): boolean => STATED_ESSENTIAL.test(text) && !NOT_REQUIRED.test(text);

/** "must", "will need to": a requirement, where nothing else gives the level. */
export const saysMust = (text: string): boolean => MUST.test(text);
