import { tokenise } from '../text/tokenise';
import { deletions, inflectionKey, isInflected, oneSlipApart } from '../text/word-forms';
import { expandPattern } from './expand-pattern';
import { hasInnerHyphen, isLetters, solidForm } from '../text/letters';

/**
 * Every word the taxonomy's phrases and cues are written with, as normal forms. A word of a text that
 * is not among them cannot be part of any phrase as written, so it is worth a second reading: as an
 * inflection of a taxonomy word ("led" for "lead"), a slip ("practitoner") or words run together
 * ("experiencedRMNwith").
 */
export type Vocabulary = {
  words: ReadonlySet<string>;
  /** Built the first time a text has a word outside the vocabulary. */
  index?: VocabularyIndex;
};

type VocabularyIndex = {
  /** Inflection key → the taxonomy words with that key. */
  byKey: Map<string, string[]>;
  /** The long taxonomy words (those a slip is read against), in the vocabulary's order. */
  long: string[];
  /** The long words by their first letter, in the vocabulary's order: made the first time a slip is looked up. */
  byFirst?: Map<string, string[]>;
  /**
   * A first letter and a key → the long words with that first letter that are the key or give it with one letter
   * dropped, in the vocabulary's order; made for each the first time it is looked up (a text meets a few dozen
   * keys, the vocabulary has tens of thousands).
   */
  bySlip: Map<string, string[]>;
};

/** The shortest word read through a slip: shorter words are too often other words ("lead"/"load"). */
export const SLIP_MIN_LENGTH = 8;

const GROUP_SYNTAX = /[()[\]|]/g;
const WORD_INTERNAL_GROUP = /[\p{L}\p{N}][([]|[)\]][\p{L}\p{N}]/u;

export function vocabularyOf(patterns: Iterable<string>): Vocabulary {
  const vocabulary: Vocabulary = { words: new Set<string>() };
  addToVocabulary(vocabulary, patterns);
  return vocabulary;
}

/** The words of more patterns (a user's own skills) join the vocabulary; its index is built again. */
export function addToVocabulary(vocabulary: Vocabulary, patterns: Iterable<string>): void {
  const words = vocabulary.words as Set<string>;
  const add = (text: string) => {
    for (const token of tokenise(text)) words.add(token.norm);
  };
  for (const pattern of patterns) {
    add(pattern.replace(GROUP_SYNTAX, ' '));
    if (WORD_INTERNAL_GROUP.test(pattern)) for (const phrase of expandPattern(pattern)) add(phrase);
    if (hasInnerHyphen(pattern)) add(solidForm(pattern.replace(GROUP_SYNTAX, ' ')));
  }
  delete vocabulary.index;
}

/** The index as data, made at build time from the whole taxonomy's vocabulary (its lists, each in order). */
export type VocabularyIndexData = { byKey: Array<[key: string, ...words: string[]]>; long: string[] };

export function vocabularyIndexData(vocabulary: Vocabulary): VocabularyIndexData {
  const { byKey, long } = indexOf(vocabulary);
  return { byKey: [...byKey].map(([key, words]) => [key, ...words]), long };
}

/** A vocabulary with its index already made (vocabularyIndexData): a text's first odd word costs no pass over it. */
export function indexedVocabulary(words: ReadonlySet<string>, data: VocabularyIndexData): Vocabulary {
  const byKey = new Map<string, string[]>();
  for (const entry of data.byKey) byKey.set(entry[0], entry.slice(1));
  return { words, index: { byKey, long: data.long, bySlip: new Map() } };
}

function indexOf(vocabulary: Vocabulary): VocabularyIndex {
  if (vocabulary.index) return vocabulary.index;
  const byKey = new Map<string, string[]>();
  const long: string[] = [];
  for (const word of vocabulary.words) {
    if (!isLetters(word)) continue;
    if (word.length >= 3 && !isInflected(word)) {
      const key = inflectionKey(word);
      const list = byKey.get(key);
      if (!list) byKey.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    }
    if (word.length >= SLIP_MIN_LENGTH - 1) long.push(word);
  }
  vocabulary.index = { byKey, long, bySlip: new Map() };
  return vocabulary.index;
}

/**
 * The long words starting with `first` that are `key`, or give it with one letter dropped. Only the words with
 * that first letter are looked through: a slip is never read in a word's first letter, and a word outside the
 * vocabulary asks for as many keys as it has letters.
 */
function slipsOf(index: VocabularyIndex, first: string, key: string): string[] {
  const slip = `${first} ${key}`;
  let list = index.bySlip.get(slip);
  if (!list) {
    const words = (index.byFirst ??= byFirstLetter(index.long)).get(first) ?? [];
    list = words.filter((word) => word === key || (word.length === key.length + 1 && dropsToKey(word, key)));
    index.bySlip.set(slip, list);
  }
  return list;
}

function byFirstLetter(words: readonly string[]): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const list = byFirst.get(word[0]!);
    if (list) list.push(word);
    else byFirst.set(word[0]!, [word]);
  }
  return byFirst;
}

/** Whether dropping one letter of `word` gives `key` (`word` one letter longer). */
function dropsToKey(word: string, key: string): boolean {
  let i = 0;
  while (i < key.length && word[i] === key[i]) i++;
  return word.startsWith(key.slice(i), i + 1);
}

/**
 * The taxonomy words a word outside the vocabulary may stand for: the base form of a past or -ing form
 * ("led" and "leading" → "lead"; not the other way: "willing" is not "will"), else, for a long word,
 * the words one slip away ("experence" → "experience"). Empty for a word of the vocabulary, a short
 * word, or a word with digits.
 */
export function readingsOf(vocabulary: Vocabulary, word: string): string[] {
  if (word.length < 3 || !isLetters(word)) return [];
  const index = indexOf(vocabulary);
  if (vocabulary.words.has(word)) return inflectionsOfKnown(index, word);
  const base = isInflected(word) ? index.byKey.get(inflectionKey(word)) : undefined;
  if (base) return base;
  if (word.length < SLIP_MIN_LENGTH) return [];
  const found = new Set<string>();
  for (const key of [word, ...deletions(word)]) {
    for (const candidate of slipsOf(index, word[0]!, key)) if (oneSlipApart(word, candidate)) found.add(candidate);
  }
  return [...found];
}

/**
 * A word of the vocabulary that is a past form is read as its base form too, when some phrase has the
 * base form: "led" is written in one phrase ("led an audit") and still reads as "lead" in others ("has
 * led a team"). The -ing forms the phrases need are written in them ("leading", "working").
 */
function inflectionsOfKnown(index: VocabularyIndex, word: string): string[] {
  if (!isInflected(word) || word.endsWith('ing')) return [];
  return (index.byKey.get(inflectionKey(word)) ?? []).filter((base) => base !== word);
}
