import type { Matcher } from '../../taxonomy/compile';
import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { normsOf } from '../../text/word-norms';

const SPECIALTY = EXPERIENCE_FRAMES.skillId;

/** Words of a wish or an interest: what follows them is what the applicant would like to do, not what they did. */
const WISH = normsOf([
  'interest',
  'interests',
  'interested',
  'passion',
  'passionate',
  'enthusiasm',
  'enthusiastic',
  'keen',
  'desire',
  'wish',
  'wishes',
  'want',
  'wants',
  'love',
  'aspire',
  'aspiring',
]);
/** Words that ask for experience all the same: "experienced in …, or passionate about …". */
const EXPERIENCE = normsOf([
  ...EXPERIENCE_FRAMES.heads,
  'previous',
  'previously',
  'months',
  'years',
  'currently',
  'current',
  'post-registration',
  'post-qualification',
  'history',
]);
/** How far before a specialty its wish may lie. */
const REACH = 8;

/**
 * "A real passion for working in forensic services", "keen on working within paediatrics": a specialty named
 * as what the applicant wishes to work in is an interest, not experience (labels decision 9), when nothing in
 * its clause asks for experience. The specialty's phrases take "working" as their cue; here the working is
 * wished for.
 */
export function withoutWishedSpecialties(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  if (!matcher.skills.has(SPECIALTY)) return [...spans];
  // A skill read from the same words ("palliative care") stays: only the experience of it is wished for.
  const isWished = (c: Candidate) => c.terminal.skillId === SPECIALTY && wished(tokens, scopes, c.start);
  return spans.map((span) => span.filter((c) => !isWished(c))).filter((span) => span.length > 0);
}

function wished(tokens: readonly Token[], scopes: TokenScopes, start: number): boolean {
  const [from, to] = [scopes.clauseStart[start]!, scopes.clauseEnd[start]!];
  for (let k = from; k < to; k++) if (EXPERIENCE.has(tokens[k]!.norm)) return false;
  for (let k = start - 1; k >= Math.max(from, start - REACH); k--) {
    // "would like to work in …"; "settings like hospices" is no wish.
    const wouldLike = tokens[k]!.norm === 'like' && tokens[k - 1]?.norm === 'would';
    if (WISH.has(tokens[k]!.norm) || wouldLike) return true;
  }
  return false;
}
