import { tokenise } from '../match/tokenise';

/** A word of a pattern, normalised once; or a choice between word sequences ("[x]" is "(x|)"). */
export type PatternItem = { word: string; norm: string } | { options: PatternItem[][] };

/**
 * Parses a variant pattern ("NVQ [level] (3|III)") into words and choices, tokenising each literal
 * piece once. A hyphenated word ("multi-disciplinary") becomes a choice with its solid form
 * ("multidisciplinary"). The compiler walks this structure into the trie without ever building the
 * expanded phrases as strings.
 */
export function parsePattern(pattern: string): PatternItem[] {
  const items: PatternItem[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '(' || c === '[') {
      items.push(...literalItems(literal));
      literal = '';
      const close = findClose(pattern, i);
      const options = splitTopLevel(pattern.slice(i + 1, close)).map(parsePattern);
      if (c === '[') options.push([]);
      items.push({ options });
      i = close;
    } else if (c === ')' || c === ']') {
      throw new Error(`Unbalanced group in variant "${pattern}"`);
    } else literal += c;
  }
  items.push(...literalItems(literal));
  return items;
}

function literalItems(text: string): PatternItem[] {
  const items: PatternItem[] = [];
  for (const piece of text.split(' ')) {
    if (!piece) continue;
    const words = toItems(piece);
    if (piece.includes('-') && /\p{L}-\p{L}/u.test(piece)) items.push({ options: [words, toItems(piece.replace(/(?<=\p{L})-(?=\p{L})/gu, ''))] });
    else items.push(...words);
  }
  return items;
}

const toItems = (piece: string): PatternItem[] => tokenise(piece).map((t) => ({ word: t.raw, norm: t.norm }));

export function findClose(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`Unbalanced group in variant "${pattern}"`);
}

export function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of inner) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (c === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}
