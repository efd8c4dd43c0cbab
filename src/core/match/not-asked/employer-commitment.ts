import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';

/** Nouns by which the employer names itself as a clause's subject: "the Trust", "our service". */
const EMPLOYER = new Set([
  'trust',
  'team',
  'service',
  'organisation',
  'organization',
  'practice',
  'department',
  'unit',
  'ward',
  'hospital',
  'hospice',
  'company',
  'board',
  'directorate',
]);
const OWNERS = new Set(['the', 'our', 'this']);
const BE = new Set(['is', 'are', 'remain', 'remains']);
const COMMITTED = new Set(['committed', 'dedicated']);
/** Words before the subject that let it open a clause of its own: "…, and we are committed to …". */
const JOINS = new Set(['and', 'as', 'because', 'since', 'so']);
/** Words that end what the employer is committed to: "… therefore all applicants will be checked". */
const ENDS = new Set([
  'therefore',
  'so',
  'if',
  'but',
  'whilst',
  'while',
  'as',
  'which',
  'who',
  'where',
  'when',
  'thus',
]);
/** Words after "and" that start a clause of its own: "… and all successful applicants will …". */
const NEW_CLAUSE = new Set([
  'we',
  'you',
  'are',
  'is',
  'will',
  'would',
  'all',
  'as',
  'our',
  'applicant',
  'candidate',
  'successful',
  'this',
  'it',
]);

/**
 * For each token, whether it lies in what the employer says it is committed to: in "The Trust is committed to
 * safeguarding adults and children, therefore …" or "we are dedicated to research" the safeguarding and the
 * research are the employer's, not asked of the applicant. The employer is the clause's subject ("we", "the
 * Trust", "our service"); the applicant's own commitment ("you will be committed to …") stays an ask.
 */
export function employerCommitmentTokens(tokens: readonly Token[], scopes: TokenScopes): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (!COMMITTED.has(tokens[k]!.norm) || tokens[k + 1]!.norm !== 'to') continue;
    const be = tokens[k - 1]!.norm.endsWith('ly') ? k - 2 : k - 1;
    if (be < 1 || !BE.has(tokens[be]!.norm) || !employerSubject(tokens, scopes, be)) continue;
    const from = k + 2;
    let end = from;
    while (end < tokens.length && scopes.segment[end] === scopes.segment[from] && !clauseOfItsOwn(tokens, end)) end++;
    marks.fill(1, from, end);
  }
  return marks;
}

/** Whether the words before the verb at `be` are the employer opening a clause. */
export function employerSubject(tokens: readonly Token[], scopes: TokenScopes, be: number): boolean {
  const noun = tokens[be - 1]!.norm;
  const first =
    noun === 'we' ? be - 1 : EMPLOYER.has(noun) && be >= 2 && OWNERS.has(tokens[be - 2]!.norm) ? be - 2 : -1;
  if (first < 0) return false;
  return first === 0 || scopes.segment[first] !== scopes.segment[first - 1] || JOINS.has(tokens[first - 1]!.norm);
}

/** Whether a clause of its own starts at `k`: "… therefore", "… and you will …". */
export const clauseOfItsOwn = (tokens: readonly Token[], k: number): boolean =>
  ENDS.has(tokens[k]!.norm) || (tokens[k]!.norm === 'and' && NEW_CLAUSE.has(tokens[k + 1]?.norm ?? ''));
