import { matchText } from '../match/match-text';
import { phraseOccurrences } from '../match/phrase-occurrences';
import type { SkillHit } from '../model/skill-hit';
import type { Matcher } from '../taxonomy/compile';
import { tokenise } from '../text/tokenise';

/**
 * A word of an example. `own` is false for the words of a skill the matcher recognises ("clinical audit", "risk
 * management") and of any phrase of the taxonomy as written, whatever its context says ("experience as a deputy"
 * after "I"): the checks of an example count only the writer's own words, so pasting an advert's keywords into a
 * note, in any order, adds nothing they look for.
 */
export type NoteWord = { lower: string; own: boolean };

/** One box of an example (situation, action or result): its words, sentence by sentence, and the skills it names. */
export type ReadText = { words: NoteWord[]; sentences: NoteWord[][]; hits: SkillHit[] };

const SENTENCE_END = /[.!?;]+(?=\s|$)|\n+/g;

export function readText(text: string, matcher: Matcher): ReadText {
  const hits = matchText(matcher, text);
  const keywords = [...hits, ...phraseOccurrences(matcher, text)];
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  const sentences: NoteWord[][] = [[]];
  let end = 0;
  for (const token of tokenise(text)) {
    while (end < ends.length && ends[end]! < token.start) {
      end++;
      sentences.push([]);
    }
    sentences.at(-1)!.push({
      lower: token.raw.toLowerCase().replace(/’/g, "'"),
      own: !keywords.some((h) => token.start < h.end && token.end > h.start),
    });
  }
  const nonEmpty = sentences.filter((s) => s.length > 0);
  return { words: nonEmpty.flat(), sentences: nonEmpty, hits };
}
