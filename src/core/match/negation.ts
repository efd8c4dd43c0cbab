import type { TokenScopes } from './clauses';
import { ranksAsDesirable } from './desirable-not-essential';
import { findPhrases, phraseSet } from './phrase-finder';
import type { Token } from '../text/tokenise';
import { gapBefore } from '../text/gap-before';

/** "X not required": cancels what comes before it in its comma-separated part. */
const TRAILING = phraseSet([
  'not required',
  'not essential',
  'not necessary',
  'not needed',
  'not a requirement',
  'not mandatory',
  'not expected',
  'not eligible',
  'is not needed',
  'not be required',
]);

/** "You don't need X": cancels what follows it in its clause. */
const LEADING = phraseSet([
  'do not need',
  'dont need',
  'does not need',
  'doesnt need',
  'need not',
  'neednt',
  'no need',
  'not need',
  'do not have to',
  'dont have to',
  'not necessary to',
  'no requirement',
  // Who is excluded: "not suitable for newly qualified nurses", "not eligible to apply if they have: …".
  'not suitable for',
  'not eligible to apply',
]);

/** "No … required": a "no" that is closed later in the clause by one of these. */
const NO_CLOSERS = new Set(['required', 'necessary', 'needed', 'essential', 'expected', 'requirement']);

/**
 * For each token, whether a negative cue covers it. Scope stays inside the clause, so "NMC
 * registration essential; ECDL not required" cancels only the ECDL. "Desirable but not essential",
 * and any "not essential" beside a desirable word, is a level marker, not a negation.
 */
export function negatedTokens(text: string, tokens: readonly Token[], scopes: TokenScopes): Uint8Array {
  const negated = new Uint8Array(tokens.length);
  const mark = (from: number, to: number) => negated.fill(1, Math.max(0, from), Math.max(from, to));

  for (const cue of findPhrases(tokens, TRAILING)) {
    if (cue.phrase[1] !== 'eligible' && ranksAsDesirable(tokens, scopes, cue.start, cue.end)) continue;
    let from = cue.start;
    while (from > 0 && scopes.segment[from - 1] === scopes.segment[cue.start]) from--;
    // "Health protection on-call (not essential)": a bracketed cue speaks of what precedes the bracket.
    if (from === cue.start && from > 0 && bracketBefore(text, tokens, from)) {
      from--;
      while (from > 0 && scopes.segment[from - 1] === scopes.segment[cue.start - 1]) from--;
    }
    mark(from, cue.start);
  }
  for (const cue of findPhrases(tokens, LEADING)) {
    let to = cue.end;
    while (to < tokens.length && scopes.clause[to] === scopes.clause[cue.start]) to++;
    // "… if they have: a customer service qualification": a lead-in ending in a colon runs on to its item.
    if (gapBefore(text, tokens, to).includes(':')) {
      const item = scopes.clause[to];
      while (to < tokens.length && scopes.clause[to] === item) to++;
    }
    mark(cue.end, to);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'no') continue;
    for (let j = i + 1; j < tokens.length && scopes.clause[j] === scopes.clause[i]; j++) {
      if (NO_CLOSERS.has(tokens[j]!.norm)) {
        mark(i + 1, j);
        break;
      }
    }
  }
  return negated;
}

const bracketBefore = (text: string, tokens: readonly Token[], at: number) => gapBefore(text, tokens, at).includes('(');
