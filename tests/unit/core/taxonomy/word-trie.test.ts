import { describe, expect, it } from 'vitest';
import { addChild, childOf, emptyTrie, ROOT } from '../../../../src/core/taxonomy/word-trie';

describe('word trie', () => {
  it('finds each child again, shares prefixes and answers -1 for a missing edge', () => {
    const trie = emptyTrie<string>(4);
    const clinical = addChild(trie, ROOT, 'clinical');
    const audit = addChild(trie, clinical, 'audit');
    expect(addChild(trie, ROOT, 'clinical')).toBe(clinical);
    expect(childOf(trie, clinical, trie.words.get('audit')!)).toBe(audit);
    expect(childOf(trie, ROOT, trie.words.get('audit')!)).toBe(-1);
    expect(trie.size).toBe(3);
  });

  it('keeps every edge when the table grows', () => {
    const trie = emptyTrie<string>(2);
    const nodes = Array.from({ length: 500 }, (_, i) => addChild(trie, ROOT, `w${i}`));
    nodes.forEach((node, i) => expect(childOf(trie, ROOT, trie.words.get(`w${i}`)!)).toBe(node));
    expect(trie.table.node.length).toBeGreaterThanOrEqual(1000);
  });
});
