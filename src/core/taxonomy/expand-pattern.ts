import { findClose, splitTopLevel } from './pattern-groups';

const MAX_EXPANSIONS = 512;

/**
 * Expands a variant pattern into the phrases it stands for (for search and display; the compiler
 * walks the parsed pattern instead):
 * "NVQ [level] (3|III)" → "NVQ 3", "NVQ III", "NVQ level 3", "NVQ level III".
 * Groups may nest; `[x]` is `(x|)`.
 */
export function expandPattern(pattern: string): string[] {
  // Most variants are plain phrases: no group to expand.
  if (!/[[(]/.test(pattern)) {
    const plain = pattern.replace(/\s+/g, ' ').trim();
    return plain ? [plain] : [];
  }
  const results = expand(pattern).map((s) => s.replace(/\s+/g, ' ').trim());
  const unique = [...new Set(results)].filter((s) => s.length > 0);
  if (unique.length > MAX_EXPANSIONS) {
    throw new Error(`Variant "${pattern}" expands to ${unique.length} phrases (max ${MAX_EXPANSIONS})`);
  }
  return unique;
}

function expand(pattern: string): string[] {
  const open = pattern.search(/[[(]/);
  if (open === -1) return [pattern];
  const close = findClose(pattern, open);
  const inner = pattern.slice(open + 1, close);
  const choices = splitTopLevel(inner);
  if (pattern[open] === '[') choices.push('');
  const head = pattern.slice(0, open);
  const tails = expand(pattern.slice(close + 1));
  return choices.flatMap((choice) => expand(choice).flatMap((middle) => tails.map((tail) => head + middle + tail)));
}
