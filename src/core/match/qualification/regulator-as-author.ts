import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { inCategory } from '../candidate-category';

/** The regulators' names as a criterion writes them alone, in normal form. */
const REGULATORS = new Set([
  'gmc',
  'general medical council',
  'hcpc',
  'hpc',
  'health and care professions council',
  'nmc',
  'nursing and midwifery council',
  'gphc',
  'general pharmaceutical council',
  'gdc',
  'general dental council',
  'goc',
  'general optical council',
  'social work england',
]);

/** Words (normal forms) before the name that make it the source of a rule: "as set out by the HCPC". */
const AUTHORED = new Set([
  'code',
  'standard',
  'guidance',
  'guideline',
  'principle',
  'framework',
  'rule',
  'set',
  'laid',
  'defined',
  'specified',
  'recognised',
  'recognized',
  'approved',
  'confirmed',
  'accredited',
  'endorsed',
  'published',
  'issued',
]);
/** Words after the name that make it the source of a rule: "GMC recognised equivalent", "NMC code". */
const AUTHORS = new Set([...AUTHORED].filter((w) => w !== 'set' && w !== 'laid'));
/** What a regulator's own register is called: "the GMC's Specialist Register" is still its register. */
const REGISTER_WORDS = new Set(['register', 'registration', 'registered', 'licence', 'license', 'list', 'pin']);
/** How far before the name a lead-in may sit: "set out by the UK …", "confirmed by PMETB/GMC". */
const REACH = 4;
/** A lead-in names the author only through one of these: "recognised by", "the guidelines of". */
const LINKS = new Set(['by', 'of', 'from']);

const POSSESSIVE = /['’]s$/i;

/**
 * A regulator named as the author of a code, a standard or a recognition ("work to the NMC code",
 * "standards as set out by the HCPC", "the GMC's guidance", "or a GMC recognised equivalent") asks the
 * applicant to follow it, not to be on its register: the bare name names no registration there.
 */
export function withoutRegulatorsAsAuthors(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter((span) => {
    const { start, end } = span[0]!;
    if (!span.every(inCategory(matcher, 'registration'))) return true;
    const name = tokens
      .slice(start, end)
      .map((t) => t.norm)
      .join(' ');
    if (!REGULATORS.has(name)) return true;
    return !authoredBy(tokens, scopes, start, end);
  });
}

function authoredBy(tokens: readonly Token[], scopes: TokenScopes, start: number, end: number): boolean {
  const from = scopes.clauseStart[start]!;
  const to = scopes.clauseEnd[start]!;
  for (let i = Math.max(from, start - REACH); i < start; i++) {
    if (AUTHORED.has(tokens[i]!.norm) && tokens.slice(i + 1, start).some((t) => LINKS.has(t.norm))) return true;
  }
  // "Nursing and Midwifery Council (NMC) code": the name may be written twice.
  let next = end;
  while (next < to && REGULATORS.has(tokens[next]!.norm)) next++;
  const after = tokens[next]?.norm;
  if (next < to && after !== undefined && AUTHORS.has(after)) return true;
  const last = tokens[next - 1]!;
  return POSSESSIVE.test(last.raw) && !(next < to && after !== undefined && REGISTER_WORDS.has(after));
}
