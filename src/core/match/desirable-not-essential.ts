import type { TokenScopes } from './clauses';
import type { Token } from '../text/tokenise';

/** Words that rank a requirement as desirable (labelling decision 5). */
const DESIRABLE = new Set([
  'desirable',
  'desired',
  'advantageous',
  'advantage',
  'beneficial',
  'preferable',
  'preferred',
  'asset',
  'bonus',
  'ideally',
  'preferably',
]);

/** How far either side of "not essential" a desirable word still ranks the same requirement. */
const REACH = 6;

/**
 * "Experience of X is desirable however not essential", "not essential, although it would be an advantage":
 * a "not essential" beside a desirable word in its sentence ranks what it follows as desirable; it does not
 * cancel it. `cue` is the first and one past the last token of the "not …" phrase.
 */
export function ranksAsDesirable(tokens: readonly Token[], scopes: TokenScopes, start: number, end: number): boolean {
  const clause = scopes.clause[start];
  const from = Math.max(0, start - REACH);
  const to = Math.min(tokens.length, end + REACH);
  for (let i = from; i < to; i++) {
    if (i >= start && i < end) continue;
    if (scopes.clause[i] === clause && DESIRABLE.has(tokens[i]!.norm)) return true;
  }
  return false;
}
