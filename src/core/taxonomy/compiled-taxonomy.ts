import type { Skill } from '../model/skill';
import type { Matcher, Terminal, VariantRule } from './compile';
import type { LearnedModel } from './learned-model';
import { packEnds, unpackEnds, type PackedEnds } from './packed-ends';
import { indexedVocabulary, vocabularyIndexData, type VocabularyIndexData } from './vocabulary';
import { endsAt, type TrieTable, type WordTrie } from './word-trie';

/**
 * A whole matcher as data, made at build time so that the extension's background loads it each time it
 * wakes instead of compiling 13,000 phrases. The trie's table is kept as it is (typed arrays, written to
 * the built file as they are: taxonomy-file), so loading it is a view, not 25,000 insertions; the phrases
 * that end at the nodes are one string, read node by node as texts reach them (packed-ends).
 */
export type CompiledTaxonomy = {
  skills: Skill[];
  /** The distinct words of the phrases, as normal forms, by their number in the trie. */
  words: string[];
  /** The matcher's vocabulary (the words of the phrases and their cues as written) beyond `words`. */
  vocabulary: string[];
  /** What a text's words outside the vocabulary are looked up in (built from the vocabulary alone). */
  vocabularyIndex: VocabularyIndexData;
  /** The trie's nodes (the root included) and its table of edges. */
  size: number;
  table: TrieTable;
  rules: Array<
    [
      skillId: string | null,
      needs: string[][] | null,
      unless: string[][] | null,
      window: number,
      cueKind: string | null,
    ]
  >;
  /** What ends at the nodes (packEnds), and how many phrases that is. */
  ends: PackedEnds;
  phrases: number;
  /** The learned model attached to the matcher, if any. */
  learned?: LearnedModel;
};

/** The matcher as data; everything must be compiled (compileAll) first. */
export function serialiseTaxonomy(matcher: Matcher): CompiledTaxonomy {
  if (matcher.pending.size > 0) throw new Error('Compile the whole taxonomy before serialising it');
  const { trie } = matcher;
  for (let node = 0; node < trie.size; node++) endsAt(trie, node);
  const wordOf: string[] = [];
  for (const [norm, id] of trie.words) wordOf[id] = norm;
  // Rules alike in every field are one: most variants demand nothing of their context.
  const rules = new Map<string, { rule: VariantRule; index: number }>();
  const ruleIndex = (rule: VariantRule) => {
    const key = JSON.stringify([rule.skillId, rule.needs, rule.unless, rule.window, rule.cueKind]);
    if (!rules.has(key)) rules.set(key, { rule, index: rules.size });
    return rules.get(key)!.index;
  };
  const ends = packEnds(trie, ruleIndex);
  return {
    skills: [...matcher.skills.values()],
    words: wordOf,
    vocabulary: [...matcher.vocabulary.words].filter((w) => !trie.words.has(w)),
    vocabularyIndex: vocabularyIndexData(matcher.vocabulary),
    size: trie.size,
    table: copied(trie.table),
    rules: [...rules.values()].map(({ rule: r }) => [r.skillId, r.needs, r.unless, r.window, r.cueKind]),
    ends,
    phrases: trie.ends.reduce((n, list) => n + (list?.length ?? 0), 0),
    ...(matcher.learned ? { learned: matcher.learned } : {}),
  };
}

const copied = (table: TrieTable): TrieTable => ({
  ...table,
  node: table.node.slice(),
  word: table.word.slice(),
  child: table.child.slice(),
});

/**
 * A matcher from the data: its own skills, words and phrases, and (`copied`, the default) its own copy of
 * the trie's table, so skills added to it change nothing else. A `shared` load uses the data's arrays as
 * they are (no copy): for the one matcher nothing is ever added to.
 */
export function loadTaxonomy(data: CompiledTaxonomy, arrays: 'copied' | 'shared' = 'copied'): Matcher {
  const words = new Map<string, number>();
  data.words.forEach((norm, id) => words.set(norm, id));
  const rules: VariantRule[] = data.rules.map(([skillId, needs, unless, window, cueKind]) => ({
    skillId,
    needs,
    unless,
    window,
    cueKind,
  }));
  const trie: WordTrie<Terminal> = {
    words,
    size: data.size,
    table: arrays === 'shared' ? { ...data.table } : copied(data.table),
    ends: [],
    decodeEnds: unpackEnds(data.ends, rules),
  };
  return {
    trie,
    skills: new Map(data.skills.map((s) => [s.id, s])),
    pending: new Map(),
    compiled: data.phrases,
    vocabulary: indexedVocabulary(new Set([...data.words, ...data.vocabulary]), data.vocabularyIndex),
    ...(data.learned ? { learned: data.learned } : {}),
  };
}
