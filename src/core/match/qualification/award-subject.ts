import type { Matcher } from '../../taxonomy/compile';
import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { readCandidate } from '../read-candidate';

/** Nouns of an award held in a subject; "training in …" may ask for the skill itself ("training in Epic"). */
const AWARDS = new Set(
  [
    'qualification',
    'qualifications',
    'certificate',
    'diploma',
    'degree',
    'award',
    'module',
    'modules',
    'MSc',
    'BSc',
    'masters',
    'cert',
    'dip',
    'PGCert',
    'PGDip',
  ].map(normaliseToken),
);
/** Words that end the subject: what follows is another matter ("… in wound care or equivalent experience"). */
const ENDS = new Set(
  'with for to is are would will be equivalent including which who that plus as from at experience'
    .split(' ')
    .map(normaliseToken),
);
const MAX_SUBJECT = 12;
const SPECIALIST = 'qual-specialist-post-reg';
/** A therapy an award qualifies one to deliver ("a Postgraduate Diploma in CBT") stays asked for. */
const DELIVERED = new Set(['clin-psychological-interventions']);

/**
 * Clinical skills named as the subject of an award ("a diploma in medical ultrasound", "a qualification in
 * clinical examination skills / minor injuries") are what the award is in, not skills asked for beside it:
 * the award is a specialist qualification in them.
 */
export function withClinicalSubjectsAsAwards(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const clinical = (span: Candidate[]) =>
    span.every(
      (c) => matcher.skills.get(c.terminal.skillId!)?.category === 'clinical' && !DELIVERED.has(c.terminal.skillId!),
    );
  let out = spans as Candidate[][];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!AWARDS.has(tokens[i]!.norm) || tokens[i + 1]!.norm !== 'in') continue;
    const end = subjectEnd(tokens, scopes, i + 2);
    const inSubject = (span: Candidate[]) => span[0]!.start >= i + 2 && span[0]!.end <= end && clinical(span);
    if (!out.some(inSubject)) continue;
    const kept = out.filter((span) => !inSubject(span));
    const specialist = kept.some((span) => span.some((c) => c.terminal.skillId === SPECIALIST));
    const award = readCandidate(
      tokens,
      [i, end],
      SPECIALIST,
      (v) => `"${v}": an award in clinical skills, a specialist qualification`,
    );
    out = specialist ? kept : [...kept, [award]].sort((a, b) => a[0]!.start - b[0]!.start);
  }
  return out;
}

/** The end of the subject that starts at `from`: the clause's end, a word that ends it, or the longest read. */
function subjectEnd(tokens: readonly Token[], scopes: TokenScopes, from: number): number {
  let end = from;
  while (end < scopes.clauseEnd[from]! && end - from < MAX_SUBJECT && !ENDS.has(tokens[end]!.norm)) end++;
  return end;
}
