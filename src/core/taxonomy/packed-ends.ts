import type { Terminal, VariantRule } from './compile';
import type { WordTrie } from './word-trie';

/**
 * What ends at the trie's nodes, as one string read only where a text reaches: a whole taxonomy has
 * 16,000 phrases, an advert reaches a few hundred of them. The nodes' blocks follow one another in node
 * order, and `offsets` says where each begins (node n's block is text[offsets[n], offsets[n + 1]), empty
 * for most), so loading needs no pass over the text; a node's phrases become objects the first time a
 * walk reaches it.
 *
 * A block is `phrase;phrase;…`, a phrase being `rule,length,wordLike,variant[,exact case]` (the exact
 * case per word joined by a backquote, empty where the case is free).
 */
export type PackedEnds = { text: string; offsets: Int32Array };

const PHRASES = ';';
const FIELDS = ',';
const WORDS = '`';
const RESERVED = /[;,`]/;

const checked = (text: string): string => {
  if (RESERVED.test(text)) throw new Error(`"${text}" holds a character the packed taxonomy reserves`);
  return text;
};

/** Every node's phrases; `ruleIndex` numbers each phrase's rule. */
export function packEnds(trie: WordTrie<Terminal>, ruleIndex: (rule: VariantRule) => number): PackedEnds {
  const blocks: string[] = [];
  const offsets = new Int32Array(trie.size + 1);
  let length = 0;
  for (let node = 0; node < trie.size; node++) {
    offsets[node] = length;
    const list = trie.ends[node];
    if (!list || list.length === 0) continue;
    const phrases = list.map((t) => {
      const fields = [ruleIndex(t.rule), t.length, t.wordLike ? 1 : 0, checked(t.variant)];
      if (t.exactCase) fields.push(t.exactCase.map((w) => checked(w ?? '')).join(WORDS));
      return fields.join(FIELDS);
    });
    const block = phrases.join(PHRASES);
    blocks.push(block);
    length += block.length;
  }
  offsets[trie.size] = length;
  return { text: blocks.join(''), offsets };
}

/**
 * A decoder that makes a node's terminals from the packed text and keeps them in `ends`. `offsets` is
 * only read, so several matchers may share it.
 */
export function unpackEnds(
  { text, offsets }: PackedEnds,
  rules: readonly VariantRule[],
): (ends: WordTrie<Terminal>['ends'], node: number) => Terminal[] | undefined {
  return (ends, node) => {
    if (node + 1 >= offsets.length) return undefined;
    const start = offsets[node]!;
    const end = offsets[node + 1]!;
    if (start === end) return undefined;
    const list = text
      .slice(start, end)
      .split(PHRASES)
      .map((phrase) => terminal(phrase.split(FIELDS), rules));
    ends[node] = list;
    return list;
  };
}

function terminal(fields: string[], rules: readonly VariantRule[]): Terminal {
  const rule = rules[Number(fields[0])]!;
  return {
    rule,
    skillId: rule.skillId,
    variant: fields[3]!,
    length: Number(fields[1]),
    exactCase: fields.length > 4 ? fields[4]!.split(WORDS).map((w) => (w === '' ? null : w)) : null,
    wordLike: fields[2] === '1',
  };
}
