import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { readCandidate } from '../read-candidate';

const INITIATIVE_ID = 'val-motivation-initiative';
/**
 * Words right before "initiative" that ask for the quality: a verb of having or showing it ("have initiative",
 * "require initiative"), a word of degree ("strong initiative", "a sense of initiative"), a possessive ("your
 * initiative"), "and"/"or" joining it to other qualities ("drive and initiative"), or where one works ("on
 * initiative"). Anything else before it ("a quality initiative", "this initiative") makes it a project.
 */
const QUALITY_BEFORE = new Set([
  ...['have', 'has', 'having', 'had', 'show', 'shows', 'showing', 'shown', 'use', 'uses', 'using', 'used'],
  ...['demonstrate', 'demonstrates', 'demonstrated', 'demonstrating', 'exercise', 'exercising', 'bring', 'brings'],
  ...['require', 'requires', 'required', 'need', 'needs', 'needed', 'possess', 'possesses', 'take', 'takes'],
  ...['taking', 'with', 'strong', 'good', 'great', 'real', 'plenty', 'lots', 'personal', 'considerable', 'own'],
  ...['self', 'of', 'and', 'or', 'on', 'under', 'from', 'your', 'their', 'his', 'her', 'one', 'ones'],
]);
/** Verbs before "the initiative" that make it the quality: "take the initiative". */
const TAKE = new Set(['take', 'takes', 'taking', 'took', 'show', 'showing', 'use', 'using']);

/**
 * "Initiative" as a quality asked of the applicant, in any frame: "a strong sense of initiative", "drive and
 * initiative", "the initiative to work autonomously", "judgement, initiative and prioritisation". The taxonomy's
 * phrases name it only after a verb ("use own initiative"); a bare "initiative" is as often a project ("a quality
 * initiative"), so it is read only where the word before it, or a list, says which.
 */
export function withInitiativeAsQuality(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const added: Candidate[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.raw.toLowerCase() !== 'initiative' || !asksTheQuality(tokens, scopes, i)) continue;
    if (spans.some((span) => span[0]!.start <= i && i < span[0]!.end)) continue;
    added.push([readCandidate(tokens, [i, i + 1], INITIATIVE_ID, (variant) => `"${variant}": a quality asked`)]);
  }
  if (added.length === 0) return [...spans];
  return [...spans, ...added].sort((a, b) => a[0]!.start - b[0]!.start);
}

function asksTheQuality(tokens: readonly Token[], scopes: TokenScopes, i: number): boolean {
  const next = tokens[i + 1];
  if (i === scopes.clauseStart[i]) return !next || next.norm === 'to' || next.norm === 'and' || inList(scopes, i + 1);
  const before = tokens[i - 1]!;
  if (inList(scopes, i)) return true;
  if (before.norm === 'the') return next?.norm === 'to' || TAKE.has(tokens[i - 2]?.norm ?? '');
  return QUALITY_BEFORE.has(before.norm.replace(/[’']s$/, ''));
}

/** Whether tokens `i - 1` and `i` are in different comma-separated parts of one clause: "judgement, initiative". */
const inList = (scopes: TokenScopes, i: number): boolean =>
  i > 0 &&
  i < scopes.segment.length &&
  scopes.segment[i] !== scopes.segment[i - 1] &&
  scopes.clause[i] === scopes.clause[i - 1];
