import type { Matcher, Terminal } from '../taxonomy/compile';
import type { TokenScopes } from './clauses';
import { phraseWithin } from './phrase-finder';
import type { Token } from './tokenise';

/** A taxonomy phrase found at tokens [start, end), with the rule that accepted it. */
export type Candidate = { start: number; end: number; terminal: Terminal; rule: string };

/**
 * Walks the trie from every word: the work is proportional to the words of the text times the depth
 * reached (a few words), whatever the number of skills.
 */
export function findCandidates(matcher: Matcher, tokens: readonly Token[], scopes: TokenScopes): Candidate[] {
  const candidates: Candidate[] = [];
  for (let start = 0; start < tokens.length; start++) {
    let node = matcher.root.next.get(tokens[start]!.norm);
    let end = start + 1;
    while (node) {
      for (const terminal of node.terminals) {
        const rule = accept(terminal, tokens, start, end, scopes);
        if (rule) candidates.push({ start, end, terminal, rule });
      }
      if (end >= tokens.length) break;
      node = node.next.get(tokens[end]!.norm);
      end++;
    }
  }
  return candidates;
}

function accept(
  terminal: Terminal,
  tokens: readonly Token[],
  start: number,
  end: number,
  scopes: TokenScopes,
): string | null {
  if (terminal.exactCase) {
    for (let k = 0; k < terminal.exactCase.length; k++) {
      const required = terminal.exactCase[k];
      if (required !== null && tokens[start + k]!.raw !== required) return null;
    }
  }
  if (terminal.unless) {
    const clause = scopes.clause[start];
    let from = start;
    while (from > 0 && scopes.clause[from - 1] === clause) from--;
    let to = end;
    while (to < tokens.length && scopes.clause[to] === clause) to++;
    const veto = terminal.unless.find((phrase) => phraseWithin(tokens, phrase, from, to));
    if (veto) return null;
  }
  const base = terminal.exactCase ? 'abbreviation (exact case)' : 'variant';
  if (!terminal.needs) return base;
  const cue = terminal.needs.find((phrase) =>
    phraseWithin(tokens, phrase, start - terminal.window, end + terminal.window),
  );
  return cue ? `${base}, cue "${cue.join(' ')}" nearby` : null;
}
