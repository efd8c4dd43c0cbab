import { describe, expect, it } from 'vitest';
import { compileAll, compileTaxonomy, type Terminal } from '../../../../src/core/taxonomy/compile';
import { packEnds, unpackEnds } from '../../../../src/core/taxonomy/packed-ends';
import { endsAt } from '../../../../src/core/taxonomy/word-trie';

const matcherOf = (variants: string[], abbreviations: string[] = []) =>
  compileAll(compileTaxonomy([{ id: 'x', label: 'X', category: 'it', variants, abbreviations }]));

describe('the phrases of a compiled taxonomy packed as one string', () => {
  it('gives back each node’s phrases, exact case included, the first time the node is asked for', () => {
    const { trie } = matcherOf(['care planning', 'care plans'], ['RN', 'IT']);
    const rules: Terminal['rule'][] = [];
    const text = packEnds(trie, (rule) => (rules.includes(rule) ? rules.indexOf(rule) : rules.push(rule) - 1));
    const ends: Array<Terminal[] | undefined> = [];
    const decode = unpackEnds(text, trie.size, rules);
    for (let node = 0; node < trie.size; node++) {
      expect(decode(ends, node)).toEqual(trie.ends[node]);
      expect(decode(ends, node)).toBeUndefined();
    }
    expect(ends).toEqual(trie.ends);
  });

  it('reads a packed trie through endsAt', () => {
    const { trie } = matcherOf(['care planning']);
    const rules: Terminal['rule'][] = [];
    const text = packEnds(trie, (rule) => (rules.includes(rule) ? rules.indexOf(rule) : rules.push(rule) - 1));
    const all = [...trie.ends];
    trie.ends = [];
    trie.decodeEnds = unpackEnds(text, trie.size, rules);
    expect(Array.from({ length: trie.size }, (_, node) => endsAt(trie, node))).toEqual(
      Array.from({ length: trie.size }, (_, node) => all[node]),
    );
  });

  it('refuses a phrase written with a character the packing reserves', () => {
    const { trie } = matcherOf(['care planning']);
    const terminal = trie.ends.find((list) => list)![0]!;
    terminal.variant = 'care; planning';
    expect(() => packEnds(trie, () => 0)).toThrow(/reserves/);
  });
});
