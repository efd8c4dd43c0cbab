import { compileFor, type Matcher } from '../taxonomy/compile';
import { childOf, endsAt, ROOT } from '../taxonomy/word-trie';
import { tokenise } from '../text/tokenise';

/**
 * Where the text holds a phrase of the taxonomy that names a skill, as [start, end) offsets, whatever the words
 * around it: the phrase as written, before any rule of context (a cue it needs, a word that rules it out, the
 * sentence it sits in) says whether it asks for the skill there. What a keyword pasted into a text is.
 */
export function phraseOccurrences(matcher: Matcher, text: string): Array<{ start: number; end: number }> {
  const tokens = tokenise(text);
  compileFor(
    matcher,
    tokens.map((t) => t.norm),
  );
  const { trie } = matcher;
  const words = tokens.map((t) => trie.words.get(t.norm) ?? -1);
  const found: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < tokens.length; start++) {
    let node = ROOT;
    for (let end = start + 1; end <= tokens.length && node >= 0; end++) {
      node = words[end - 1]! < 0 ? -1 : childOf(trie, node, words[end - 1]!);
      if (node >= 0 && endsAt(trie, node)?.some((terminal) => terminal.skillId !== null))
        found.push({ start: tokens[start]!.start, end: tokens[end - 1]!.end });
    }
  }
  return found;
}
