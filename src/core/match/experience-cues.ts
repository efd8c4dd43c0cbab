import type { Token } from '../text/tokenise';
import { professionsNamed } from '../taxonomy/profession-words';

/** The forms of "work" that cue experience ("working in acute care", "two years' work in …"). */
const WORK = new Set(['work', 'working', 'worked']);

/** Whether the word at `i`, a cue for experience, is not one: "social work" names a profession, not work done. */
export function notAnExperienceCue(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.norm;
  if (!WORK.has(word)) return false;
  const before = tokens[i - 1]?.norm;
  if (before === undefined) return false;
  return professionsNamed([before, word]) !== null;
}
