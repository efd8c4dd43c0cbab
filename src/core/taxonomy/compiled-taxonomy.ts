import type { Skill } from '../model/skill';
import type { Matcher, Terminal, VariantRule } from './compile';
import type { LearnedModel } from './learned-model';
import { packEnds, unpackEnds } from './packed-ends';
import { addChildWord, emptyTrie, endsAt, ROOT, type WordTrie } from './word-trie';

/**
 * A whole matcher as plain data, made at build time so that the extension's background loads it in a
 * few milliseconds each time it wakes instead of compiling 13,000 phrases. Nodes are numbered in the
 * order they were made, so each node's parent and word are enough to build the trie again; the
 * phrases that end at the nodes are one string, read node by node as texts reach them (packed-ends).
 */
export type CompiledTaxonomy = {
  version: 2;
  skills: Skill[];
  /** The distinct words of the phrases, as normal forms, by their number in the trie. */
  words: string[];
  /** The matcher's vocabulary (the words of the phrases and their cues as written) beyond `words`. */
  vocabulary: string[];
  /** For node n (from 1): its parent and its word, at [2(n-1)] and [2(n-1)+1]. */
  nodes: number[];
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
  ends: string;
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
  const nodes: number[] = new Array(2 * (trie.size - 1));
  const { table } = trie;
  for (let i = 0; i < table.node.length; i++) {
    if (table.node[i] === -1) continue;
    const child = table.child[i]!;
    nodes[2 * (child - 1)] = table.node[i]!;
    nodes[2 * (child - 1) + 1] = table.word[i]!;
  }
  // Rules alike in every field are one: most variants demand nothing of their context.
  const rules = new Map<string, { rule: VariantRule; index: number }>();
  const ruleIndex = (rule: VariantRule) => {
    const key = JSON.stringify([rule.skillId, rule.needs, rule.unless, rule.window, rule.cueKind]);
    if (!rules.has(key)) rules.set(key, { rule, index: rules.size });
    return rules.get(key)!.index;
  };
  const ends = packEnds(trie, ruleIndex);
  return {
    version: 2,
    skills: [...matcher.skills.values()],
    words: wordOf,
    vocabulary: [...matcher.vocabulary.words].filter((w) => !trie.words.has(w)),
    nodes,
    rules: [...rules.values()].map(({ rule: r }) => [r.skillId, r.needs, r.unless, r.window, r.cueKind]),
    ends,
    phrases: trie.ends.reduce((n, list) => n + (list?.length ?? 0), 0),
    ...(matcher.learned ? { learned: matcher.learned } : {}),
  };
}

/** A fresh matcher from the data: its own trie and skills, so skills added to it change nothing else. */
export function loadTaxonomy(data: CompiledTaxonomy): Matcher {
  const count = data.nodes.length / 2 + 1;
  let capacity = 1 << 14;
  while (capacity < 2 * count) capacity *= 2;
  const trie: WordTrie<Terminal> = emptyTrie<Terminal>(capacity);
  data.words.forEach((norm, id) => trie.words.set(norm, id));
  const { nodes } = data;
  for (let child = 1; child < count; child++) {
    const parent = nodes[2 * (child - 1)]!;
    const made = addChildWord(trie, parent === 0 ? ROOT : parent, nodes[2 * (child - 1) + 1]!);
    if (made !== child) throw new Error('The compiled taxonomy does not match its own numbering');
  }
  const rules: VariantRule[] = data.rules.map(([skillId, needs, unless, window, cueKind]) => ({
    skillId,
    needs,
    unless,
    window,
    cueKind,
  }));
  trie.decodeEnds = unpackEnds(data.ends, count, rules);
  return {
    trie,
    skills: new Map(data.skills.map((s) => [s.id, s])),
    pending: new Map(),
    compiled: data.phrases,
    vocabulary: { words: new Set([...data.words, ...data.vocabulary]) },
    ...(data.learned ? { learned: data.learned } : {}),
  };
}
