import type { Token } from './tokenise';

/**
 * What separates token `k` from the one before it in `text` (spaces, a comma, "&", a bracket…): the readers ask it
 * of a list's joins and a phrase's edges. Empty before the first token and past the last.
 */
export function gapBefore(text: string, tokens: readonly Token[], k: number): string {
  if (k <= 0 || k >= tokens.length) return '';
  return text.slice(tokens[k - 1]!.end, tokens[k]!.start);
}
