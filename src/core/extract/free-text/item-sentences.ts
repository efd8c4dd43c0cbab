import { hedgedLevel, wordCount } from './levels';

// "This is essential as …", "It would be an advantage": a sentence that gives the level of the one before it.
const LEVEL_OF_THE_LAST = /^(?:this|it|which)\s+(?:is|would\s+be|will\s+be)\b/i;
const ESSENTIAL = /\b(?:essential|mandatory|required)\b/i;

/** A sentence of a list item that belongs to the one before it, so the item is not cut there. */
function continuesTheLast(words: string, last: [number, number], next: [number, number], n: number): boolean {
  // "Registered Mentor. Mentorship qualification or …": an item's first words name it; the rest explains.
  if (n === 1 && wordCount(words.slice(last[0], last[1])) <= 2) return true;
  const sentence = words.slice(next[0], next[1]);
  return LEVEL_OF_THE_LAST.test(sentence) && (ESSENTIAL.test(sentence) || hedgedLevel(sentence, true) !== null);
}

/**
 * A list item's sentences, one criterion each (labelling rule 4): [start, end) ranges where a sentence that
 * names or levels the one before stays joined to it, and a note after the first ("Full training will be
 * given") is left out by `asks`.
 */
export function listItemSentences(
  words: string,
  sentences: [number, number][],
  asks: (sentence: string) => boolean,
): [number, number][] {
  const pieces: [number, number][] = [];
  sentences.forEach((sentence, n) => {
    const last = pieces[pieces.length - 1];
    if (last && last[1] === sentences[n - 1]![1] && continuesTheLast(words, sentences[n - 1]!, sentence, n))
      last[1] = sentence[1];
    else if (n === 0 || asks(words.slice(sentence[0], sentence[1]))) pieces.push([sentence[0], sentence[1]]);
  });
  return pieces;
}
