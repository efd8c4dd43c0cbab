import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { readCandidate } from '../read-candidate';

const QUALITY_VALUE = 'val-commitment-quality';

/** The words of a commitment and the link each takes to what the applicant is committed to. */
const COMMITMENT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['committed', new Set(['to'])],
  ['commitment', new Set(['to'])],
  ['commit', new Set(['to'])],
  ['dedicated', new Set(['to'])],
  ['dedication', new Set(['to'])],
  ['devoted', new Set(['to'])],
  ['passion', new Set(['for', 'to', 'in'])],
  ['passionate', new Set(['about', 'in'])],
  ['drive', new Set(['for'])],
]);
/** Nouns by which the employer names itself: "a team dedicated to …" is the team's commitment, not the applicant's. */
const EMPLOYER = new Set([
  'team',
  'service',
  'trust',
  'organisation',
  'department',
  'unit',
  'ward',
  'practice',
  'staff',
]);
/** Words between an employer's noun and its commitment: "a team who are committed to …". */
const RELATIVE = new Set(['who', 'that', 'which', 'is', 'are', 'all', 'fully', 'truly']);

/** Words between the link and the standard that only say how it is reached: "to providing the …". */
const HOW = new Set([
  'provide',
  'providing',
  'provision',
  'deliver',
  'delivering',
  'delivery',
  'ensure',
  'ensuring',
  'maintain',
  'maintaining',
  'give',
  'giving',
  'achieve',
  'achieving',
  'offer',
  'offering',
  'promote',
  'promoting',
  'uphold',
  'upholding',
  'the',
  'a',
  'an',
  'of',
  'always',
  'consistently',
  'only',
]);
/** Nouns a standard may follow: "care quality", "service excellence". */
const OF_WHAT = new Set(['care', 'service', 'patient', 'clinical']);
/** Words that are a standard of the work by themselves. */
const STANDARD_NOUNS = new Set(['quality', 'excellence']);
/** Words that make a standard when a noun of care follows: "excellent patient care", "the best service". */
const STANDARD_ADJECTIVES = new Set([
  'excellent',
  'outstanding',
  'exemplary',
  'exemplar',
  'exceptional',
  'highest',
  'high',
  'best',
]);
/** What an adjective of a standard may qualify for the phrase to be a standard of the work, not of a skill. */
const WORK = new Set(['care', 'service', 'practice', 'standard', 'quality', 'experience', 'outcome', 'possible']);
/** A standard whose next word makes it something else: an improvement method, a measure, a way of working. */
const NOT_A_STANDARD_AFTER = new Set(['improvement', 'improve', 'improving', 'assurance', 'practice', 'life']);
/** Words an adjective's noun is not sought past: "excellent communication skills and patient care". */
const BREAKS = new Set(['and', 'or', 'with', 'to', 'in', 'skill', 'communication', 'interpersonal', 'knowledge']);

/**
 * The applicant's commitment to a standard of work, in any wording: "committed to giving support of the highest
 * quality", "a passion for offering an excellent clinic to families", "dedicated to exceptional standards". The
 * commitment word, its link, words that only say how ("providing the …"), then the standard itself. Improving
 * quality is improvement work (labels decision 16), and "best practice" a way of working; neither is read. The
 * employer's own commitment is dropped later with the rest of what it says.
 */
export function withCommitmentToQuality(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  if (!matcher.skills.has(QUALITY_VALUE)) return [...spans];
  if (spans.some((span) => span.some((c) => c.terminal.skillId === QUALITY_VALUE))) return [...spans];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const links = COMMITMENT.get(tokens[k]!.norm);
    if (!links || !links.has(tokens[k + 1]!.norm) || employersOwn(tokens, scopes, k)) continue;
    const standard = standardAfter(tokens, scopes, k + 2);
    if (!standard) continue;
    const taken = spans.some((span) => span[0]!.start < standard[1] && span[0]!.end > standard[0]);
    if (taken) continue;
    const cue = `${tokens[k]!.raw} ${tokens[k + 1]!.raw}`;
    const explain = (variant: string) => `"${cue}" … "${variant}": a commitment to a standard of work`;
    return [...spans, [readCandidate(tokens, standard, QUALITY_VALUE, explain)]].sort(
      (a, b) => a[0]!.start - b[0]!.start,
    );
  }
  return [...spans];
}

/** The standard named from `from` on, past words that only say how, within the clause; null when none. */
function standardAfter(tokens: readonly Token[], scopes: TokenScopes, from: number): [number, number] | null {
  const clause = scopes.clause[from];
  const same = (k: number) => k < tokens.length && scopes.clause[k] === clause;
  let k = from;
  while (same(k) && k - from < 4 && HOW.has(tokens[k]!.norm)) k++;
  if (!same(k)) return null;
  if (OF_WHAT.has(tokens[k]!.norm) && same(k + 1) && STANDARD_NOUNS.has(tokens[k + 1]!.norm)) k++;
  const word = tokens[k]!.norm;
  const next = same(k + 1) ? tokens[k + 1]!.norm : '';
  const after = same(k + 2) ? tokens[k + 2]!.norm : '';
  // "quality of life" is the patients' good, not a standard of work.
  if (NOT_A_STANDARD_AFTER.has(next) || (next === 'of' && NOT_A_STANDARD_AFTER.has(after))) return null;
  if (STANDARD_NOUNS.has(word)) return [k, k + 1];
  // "first class", "gold standard": a standard in two words.
  if ((word === 'first' && next === 'class') || (word === 'gold' && next === 'standard')) return [k, k + 2];
  if (!STANDARD_ADJECTIVES.has(word)) return null;
  // "high quality, safe care": the adjective's noun may come a few words on, past other qualities.
  for (let j = k + 1; j < k + 5 && same(j) && !BREAKS.has(tokens[j]!.norm); j++)
    if (WORK.has(tokens[j]!.norm)) return [k, j + 1];
  return null;
}

/** Whether the commitment at `k` qualifies the employer's noun before it ("a team dedicated to …"). */
function employersOwn(tokens: readonly Token[], scopes: TokenScopes, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && RELATIVE.has(tokens[j]!.norm)) j--;
  // "a team of nurses dedicated to …": the team, named by its members.
  if (j >= 2 && tokens[j - 1]!.norm === 'of' && EMPLOYER.has(tokens[j - 2]!.norm)) j -= 2;
  return j >= 0 && scopes.clause[j] === scopes.clause[k] && EMPLOYER.has(tokens[j]!.norm);
}
