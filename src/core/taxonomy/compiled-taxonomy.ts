import type { Skill } from '../model/skill';
import type { Matcher, Terminal, VariantRule } from './compile';
import type { LearnedModel } from './learned-model';
import { addChild, emptyTrie, ROOT, type WordTrie } from './word-trie';

/**
 * A whole matcher as plain data, made at build time so that the extension's background loads it in a
 * few milliseconds each time it wakes instead of compiling 13,000 phrases. Nodes are numbered in the
 * order they were made, so each node's parent and word are enough to build the trie again.
 */
export type CompiledTaxonomy = {
  version: 1;
  skills: Skill[];
  /** The distinct words of the phrases, as normal forms. */
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
  /** What ends at a node: [node, rule, variant, words, exact case per word or null, word-like]. */
  /** The learned model attached to the matcher, if any. */
  learned?: LearnedModel;
  ends: Array<
    [
      node: number,
      rule: number,
      variant: string,
      length: number,
      exactCase: Array<string | null> | null,
      wordLike: 0 | 1,
    ]
  >;
};

/** The matcher as data; everything must be compiled (compileAll) first. */
export function serialiseTaxonomy(matcher: Matcher): CompiledTaxonomy {
  if (matcher.pending.size > 0) throw new Error('Compile the whole taxonomy before serialising it');
  const { trie } = matcher;
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
  const ends: CompiledTaxonomy['ends'] = [];
  trie.ends.forEach((list, node) => {
    for (const t of list ?? []) {
      const key = JSON.stringify([t.rule.skillId, t.rule.needs, t.rule.unless, t.rule.window, t.rule.cueKind]);
      if (!rules.has(key)) rules.set(key, { rule: t.rule, index: rules.size });
      ends.push([node, rules.get(key)!.index, t.variant, t.length, t.exactCase, t.wordLike ? 1 : 0]);
    }
  });
  return {
    version: 1,
    skills: [...matcher.skills.values()],
    words: wordOf,
    vocabulary: [...matcher.vocabulary.words].filter((w) => !trie.words.has(w)),
    nodes,
    rules: [...rules.values()].map(({ rule: r }) => [r.skillId, r.needs, r.unless, r.window, r.cueKind]),
    ends,
    ...(matcher.learned ? { learned: matcher.learned } : {}),
  };
}

/** A fresh matcher from the data: its own trie and skills, so skills added to it change nothing else. */
export function loadTaxonomy(data: CompiledTaxonomy): Matcher {
  const count = data.nodes.length / 2 + 1;
  let capacity = 1 << 14;
  while (capacity < 2 * count) capacity *= 2;
  const trie: WordTrie<Terminal> = emptyTrie<Terminal>(capacity);
  for (let child = 1; child < count; child++) {
    const parent = data.nodes[2 * (child - 1)]!;
    const made = addChild(trie, parent === 0 ? ROOT : parent, data.words[data.nodes[2 * (child - 1) + 1]!]!);
    if (made !== child) throw new Error('The compiled taxonomy does not match its own numbering');
  }
  const rules: VariantRule[] = data.rules.map(([skillId, needs, unless, window, cueKind]) => ({
    skillId,
    needs,
    unless,
    window,
    cueKind,
  }));
  for (const [node, rule, variant, length, exactCase, wordLike] of data.ends) {
    const r = rules[rule]!;
    (trie.ends[node] ??= []).push({
      rule: r,
      skillId: r.skillId,
      variant,
      length,
      exactCase,
      wordLike: wordLike === 1,
    });
  }
  return {
    trie,
    skills: new Map(data.skills.map((s) => [s.id, s])),
    pending: new Map(),
    compiled: data.ends.length,
    vocabulary: { words: new Set([...data.words, ...data.vocabulary]) },
    ...(data.learned ? { learned: data.learned } : {}),
  };
}
