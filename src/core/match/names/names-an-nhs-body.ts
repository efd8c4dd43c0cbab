import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { inTitleCase, isCapitalised, nameEnd } from './names-an-organisation';

const NHS_KNOWLEDGE = 'other-nhs-knowledge';
/** Small words inside a body's own name: "Epsom and St Helier", "Wrightington, Wigan & Leigh". */
const JOINS_A_NAME = new Set(['and', '&', 'of']);
/** An article before the name makes it a kind of body: "a Teaching Hospitals NHS Trust". */
const A_KIND = new Set(['a', 'an', 'any']);

/**
 * "NHS" inside the name of one NHS body names the employer, not the NHS an applicant knows or has worked
 * in: "at Northtown General NHS Trust", "Riverside Health NHS Foundation Trust are seeking". The body's own
 * words come before "NHS", capitalised, and capitalised words run on from it to the body's noun ("Trust").
 * A kind of body ("an NHS trust", "acute NHS Trusts", "a Teaching Hospitals NHS Trust") is still the NHS,
 * and so is a name of one word opening the clause ("Acute NHS Trust experience"), or a text in title case.
 */
export function withoutNhsInBodyNames(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter((span) => {
    if (!span.every((c) => c.terminal.skillId === NHS_KNOWLEDGE)) return true;
    const { start, end } = span[0]!;
    const nhs = tokens.slice(start, end).findIndex((t) => t.norm === 'nhs');
    return nhs < 0 || !insideBodyName(tokens, scopes, start + nhs);
  });
}

function insideBodyName(tokens: readonly Token[], scopes: TokenScopes, nhs: number): boolean {
  const first = nameStart(tokens, scopes, nhs);
  if (first === nhs || A_KIND.has(tokens[first - 1]?.norm ?? '')) return false;
  if (first === scopes.clauseStart[nhs] && nhs - first === 1) return false;
  const last = nameEnd(tokens, scopes, nhs + 1);
  return last >= 0 && !inTitleCase(tokens, scopes, first, last);
}

/** The first of the capitalised words (and the small words between them) just before `nhs`, or `nhs`. */
function nameStart(tokens: readonly Token[], scopes: TokenScopes, nhs: number): number {
  let first = nhs;
  for (let k = nhs - 1; k >= scopes.clauseStart[nhs]! && scopes.phraseBreak[k + 1] !== 1; k--) {
    const token = tokens[k]!;
    if (A_KIND.has(token.norm)) break;
    if (isCapitalised(token)) first = k;
    else if (!JOINS_A_NAME.has(token.norm) || k === nhs - 1) break;
  }
  return first;
}
