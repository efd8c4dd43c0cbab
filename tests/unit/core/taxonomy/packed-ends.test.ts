import { describe, expect, it } from 'vitest';
import { compileAll, compileTaxonomy, type Terminal } from '../../../../src/core/taxonomy/compile';
import { packEnds, unpackEnds } from '../../../../src/core/taxonomy/packed-ends';
import { endsAt } from '../../../../src/core/taxonomy/word-trie';

const matcherOf = (variants: string[], abbreviations: string[] = []) =>
  compileAll(compileTaxonomy([{ id: 'x', label: 'X', category: 'it', variants, abbreviations }]));

const packed = (trie: ReturnType<typeof matcherOf>['trie']) => {
  const rules: Terminal['rule'][] = [];
  const ends = packEnds(trie, (rule) => (rules.includes(rule) ? rules.indexOf(rule) : rules.push(rule) - 1));
  return { ends, rules };
};

describe('the phrases of a compiled taxonomy packed as one string', () => {
  it('gives back each node’s phrases, exact case included, and keeps them in the trie', () => {
    const { trie } = matcherOf(['care planning', 'care plans'], ['RN', 'IT']);
    const { ends: packedEnds, rules } = packed(trie);
    expect(packedEnds.offsets).toHaveLength(trie.size + 1);
    const ends: Array<Terminal[] | undefined> = [];
    const decode = unpackEnds(packedEnds, rules);
    for (let node = 0; node < trie.size; node++) expect(decode(ends, node)).toEqual(trie.ends[node]);
    expect(ends).toEqual(trie.ends);
  });

  it('reads a packed trie through endsAt, and nothing at nodes made after the packing', () => {
    const { trie } = matcherOf(['care planning']);
    const { ends, rules } = packed(trie);
    const all = [...trie.ends];
    trie.ends = [];
    trie.decodeEnds = unpackEnds(ends, rules);
    expect(Array.from({ length: trie.size }, (_, node) => endsAt(trie, node))).toEqual(
      Array.from({ length: trie.size }, (_, node) => all[node]),
    );
    expect(endsAt(trie, trie.size + 5)).toBeUndefined();
  });

  it('refuses a phrase written with a character the packing reserves', () => {
    const { trie } = matcherOf(['care planning']);
    const terminal = trie.ends.find((list) => list)![0]!;
    terminal.variant = 'care; planning';
    expect(() => packEnds(trie, () => 0)).toThrow(/reserves/);
  });
});
