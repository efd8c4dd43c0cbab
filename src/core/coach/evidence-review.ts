import { EXAMPLE_WORDS, type EvidenceReview, type NoteFields } from '../model/evidence-review';
import { noteWords } from '../statement/note-text';
import type { Matcher } from '../taxonomy/compile';
import { readText, type NoteWord, type ReadText } from './note-words';
import {
  FIRST_PERSON,
  FUNCTION_WORDS,
  NOT_AN_ACTION,
  NUMBER_WORDS,
  RESULT_WORDS,
  SITUATION_WORDS,
  TIME_UNITS,
} from './vocabulary';

/** Enough of the writer's own prose to count: own words, and among them content and function words. */
type Enough = { own: number; content: number; function: number };
const BOX_MINIMUM: Record<'situation' | 'action' | 'result', Enough> = {
  situation: { own: 6, content: 3, function: 2 },
  action: { own: 6, content: 3, function: 2 },
  // "Falls fell by a third." is a whole result.
  result: { own: 4, content: 2, function: 1 },
};
/** A sentence that tells a part from another box: less than a whole box, but still prose. */
const SENTENCE_MINIMUM: Enough = { own: 4, content: 2, function: 1 };

function isProse(words: readonly NoteWord[], minimum: Enough): boolean {
  const own = words.filter((w) => w.own);
  const functionWords = new Set(own.filter((w) => FUNCTION_WORDS.has(w.lower)).map((w) => w.lower));
  const content = own.length - own.filter((w) => FUNCTION_WORDS.has(w.lower)).length;
  return own.length >= minimum.own && content >= minimum.content && functionWords.size >= minimum.function;
}

// Each test below looks at own words only, and at neighbours in the sentence as written, so that a
// keyword pasted anywhere can only take a word away from them, never add one.
const ownIn = (words: ReadonlySet<string>) => (w: NoteWord | undefined) => !!w && w.own && words.has(w.lower);
const isFirstPerson = ownIn(FIRST_PERSON);
const ownWord = (lower: string) => (w: NoteWord | undefined) => !!w && w.own && w.lower === lower;
const isNumber = (w: NoteWord | undefined) =>
  !!w &&
  w.own &&
  (NUMBER_WORDS.has(w.lower) || (/^\d+(?:[.,]\d+)*$/.test(w.lower) && !/^(?:19|20)\d\d$/.test(w.lower)));

/** "I led", "I've set up": the writer doing something (not "I was", "I feel"). */
const tellsAnAction = (s: readonly NoteWord[]) =>
  s.some((w, i) => isFirstPerson(w) && s[i + 1] !== undefined && !NOT_AN_ACTION.has(s[i + 1]!.lower));

const tellsASituation = (s: readonly NoteWord[]) =>
  s.some(
    (w, i) =>
      ownIn(SITUATION_WORDS)(w) ||
      (ownWord('there')(w) && ['was', 'were', 'had'].some((next) => ownWord(next)(s[i + 1]))) ||
      (ownWord('as')(w) && ['a', 'an'].some((next) => ownWord(next)(s[i + 1]))) ||
      (ownWord('in')(w) && ownWord('my')(s[i + 1])),
  );

const tellsAResult = (s: readonly NoteWord[]) =>
  s.some((w, i) => ownIn(RESULT_WORDS)(w) || (ownWord('led')(w) && ownWord('to')(s[i + 1])));

/** "30%", "by a third", "within a month", "from 12 to 4": something a reader could check. */
const measures = (s: readonly NoteWord[]) =>
  s.some(
    (w, i) => isNumber(w) || (ownIn(TIME_UNITS)(w) && (ownIn(new Set(['a', 'an']))(s[i - 1]) || isNumber(s[i - 1]))),
  );

/**
 * Where one part is told: its own box when that holds enough prose, and any sentence of the other boxes
 * that tells it (an example typed all in one box still counts).
 */
type PartFound = { box: NoteWord[][] | null; sentences: NoteWord[][] };
function findPart(
  box: ReadText,
  others: readonly ReadText[],
  minimum: Enough,
  tells: (s: readonly NoteWord[]) => boolean,
): PartFound {
  return {
    box: isProse(box.words, minimum) ? box.sentences : null,
    sentences: others.flatMap((o) => o.sentences).filter((s) => tells(s) && isProse(s, SENTENCE_MINIMUM)),
  };
}
const found = (part: PartFound) => part.box !== null || part.sentences.length > 0;

export function reviewEvidence(note: NoteFields, matcher: Matcher): EvidenceReview {
  const situationBox = readText(note.situation, matcher);
  const actionBox = readText(note.action, matcher);
  const resultBox = readText(note.result, matcher);
  const boxes = [situationBox, actionBox, resultBox];
  const others = (box: ReadText) => boxes.filter((b) => b !== box);

  const situation = findPart(situationBox, others(situationBox), BOX_MINIMUM.situation, tellsASituation);
  const action = findPart(actionBox, others(actionBox), BOX_MINIMUM.action, tellsAnAction);
  const result = findPart(resultBox, others(resultBox), BOX_MINIMUM.result, tellsAResult);

  const everyWord = boxes.flatMap((b) => b.words);
  // The action's "I": in the action box, or in a sentence elsewhere that tells an action (it has one).
  const firstPerson =
    (action.box?.some((sentence) => sentence.some(isFirstPerson)) ?? false) || action.sentences.length > 0;
  const measurableResult = [...(result.box ?? []), ...result.sentences].some(measures);

  const values = new Set<string>();
  const mentions = new Set<string>();
  for (const hit of boxes.flatMap((b) => b.hits)) {
    const skill = matcher.skills.get(hit.skillId);
    if (hit.negated || skill?.kind === 'condition') continue;
    (skill?.category === 'values' ? values : mentions).add(hit.skillId);
  }
  const words = noteWords(note);
  return {
    situation: found(situation),
    action: found(action),
    result: found(result),
    firstPerson,
    measurableResult,
    words,
    length: words < EXAMPLE_WORDS.min ? 'short' : words > EXAMPLE_WORDS.max ? 'long' : 'within',
    values: [...values],
    mentions: [...mentions],
    keywordShare: everyWord.length === 0 ? 0 : everyWord.filter((w) => !w.own).length / everyWord.length,
  };
}
