import type { Terminal, VariantRule } from './compile';
import type { WordTrie } from './word-trie';

/**
 * What ends at the trie's nodes, as one string read only where a text reaches: a whole taxonomy has
 * 16,000 phrases, an advert reaches a few hundred of them. Parsing this is one string for JSON.parse,
 * not 16,000 arrays, and a node's phrases become objects the first time a walk reaches it.
 *
 * `node:phrase;phrase;…~node:…`, a phrase being `rule,length,wordLike,variant[,exact case]` (the exact
 * case per word joined by a backquote, empty where the case is free).
 */
const NODES = '~';
const NODE = ':';
const PHRASES = ';';
const FIELDS = ',';
const WORDS = '`';
const RESERVED = /[~:;,`]/;

const checked = (text: string): string => {
  if (RESERVED.test(text)) throw new Error(`"${text}" holds a character the packed taxonomy reserves`);
  return text;
};

/** The text of every node's phrases; `ruleIndex` numbers each phrase's rule. */
export function packEnds(trie: WordTrie<Terminal>, ruleIndex: (rule: VariantRule) => number): string {
  const blocks: string[] = [];
  trie.ends.forEach((list, node) => {
    if (!list || list.length === 0) return;
    const phrases = list.map((t) => {
      const fields = [ruleIndex(t.rule), t.length, t.wordLike ? 1 : 0, checked(t.variant)];
      if (t.exactCase) fields.push(t.exactCase.map((w) => checked(w ?? '')).join(WORDS));
      return fields.join(FIELDS);
    });
    blocks.push(`${node}${NODE}${phrases.join(PHRASES)}`);
  });
  return blocks.join(NODES);
}

/**
 * Where each node's phrases are in `text` (one pass over the node numbers), and a decoder that makes
 * a node's terminals the first time it is asked for them (then undefined: they are in the trie).
 */
export function unpackEnds(
  text: string,
  nodeCount: number,
  rules: readonly VariantRule[],
): (ends: WordTrie<Terminal>['ends'], node: number) => Terminal[] | undefined {
  const starts = new Int32Array(nodeCount).fill(-1);
  for (let at = 0; at < text.length;) {
    const colon = text.indexOf(NODE, at);
    const next = text.indexOf(NODES, colon);
    starts[Number(text.slice(at, colon))] = colon + 1;
    at = next === -1 ? text.length : next + 1;
  }
  return (ends, node) => {
    const start = starts[node] ?? -1;
    if (start < 0) return undefined;
    starts[node] = -1;
    const end = text.indexOf(NODES, start);
    const list = text
      .slice(start, end === -1 ? text.length : end)
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
