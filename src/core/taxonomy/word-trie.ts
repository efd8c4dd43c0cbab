/**
 * A trie over words held in flat typed arrays: each word has a number, each node is a number, and
 * one open-addressing table maps (node, word) to the child node. Building it allocates a handful of
 * arrays instead of an object and a Map per node, which keeps the content script's start-up (when
 * the taxonomy is compiled) short and free of garbage collection pauses.
 */
export type WordTrie<T> = {
  /** Normal form of a word → its number. */
  words: Map<string, number>;
  /** Number of nodes; the root is node 0. */
  size: number;
  table: TrieTable;
  /** What ends at each node (undefined for most); read through `endsAt`. */
  ends: Array<T[] | undefined>;
  /** A trie loaded from compiled data: makes what ends at a node the first time it is reached. */
  decodeEnds?(ends: Array<T[] | undefined>, node: number): T[] | undefined;
};

/** Open addressing: slot i holds the edge node --word--> child, or node -1 when empty. */
export type TrieTable = { node: Int32Array; word: Int32Array; child: Int32Array; mask: number; used: number };

export const ROOT = 0;
export const EMPTY = -1;

export function emptyTrie<T>(capacity = 1 << 14): WordTrie<T> {
  return { words: new Map(), size: 1, table: newTable(capacity), ends: [] };
}

function newTable(capacity: number): TrieTable {
  return {
    node: new Int32Array(capacity).fill(EMPTY),
    word: new Int32Array(capacity),
    child: new Int32Array(capacity),
    mask: capacity - 1,
    used: 0,
  };
}

const slot = (node: number, word: number, mask: number) =>
  (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & mask;

/** What ends at `node`, if anything. */
export function endsAt<T>(trie: WordTrie<T>, node: number): T[] | undefined {
  return trie.ends[node] ?? trie.decodeEnds?.(trie.ends, node);
}

/** The child of `node` along `word`, or -1. */
export function childOf(trie: WordTrie<unknown>, node: number, word: number): number {
  const { table } = trie;
  for (let i = slot(node, word, table.mask); ; i = (i + 1) & table.mask) {
    const n = table.node[i]!;
    if (n === EMPTY) return EMPTY;
    if (n === node && table.word[i] === word) return table.child[i]!;
  }
}

/** The child of `node` along the word `norm`, created if missing. */
export function addChild(trie: WordTrie<unknown>, node: number, norm: string): number {
  let word = trie.words.get(norm);
  if (word === undefined) {
    word = trie.words.size;
    trie.words.set(norm, word);
  }
  return addChildWord(trie, node, word);
}

/** The child of `node` along the word numbered `word` (already in `words`), created if missing. */
export function addChildWord(trie: WordTrie<unknown>, node: number, word: number): number {
  const existing = childOf(trie, node, word);
  if (existing !== EMPTY) return existing;
  if ((trie.table.used + 1) * 2 > trie.table.node.length) grow(trie);
  const child = trie.size++;
  insert(trie.table, node, word, child);
  return child;
}

function insert(table: TrieTable, node: number, word: number, child: number) {
  let i = slot(node, word, table.mask);
  while (table.node[i] !== EMPTY) i = (i + 1) & table.mask;
  table.node[i] = node;
  table.word[i] = word;
  table.child[i] = child;
  table.used++;
}

function grow(trie: WordTrie<unknown>) {
  const old = trie.table;
  const table = newTable(old.node.length * 2);
  for (let i = 0; i < old.node.length; i++) {
    if (old.node[i] !== EMPTY) insert(table, old.node[i]!, old.word[i]!, old.child[i]!);
  }
  trie.table = table;
}
