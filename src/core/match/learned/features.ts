import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';
import { professionsOfTitle } from '../role/title-professions';
import { tokenise } from '../../text/tokenise';

/** A feature of the criterion's words, and the tokens it was read from (to point at them in "Why?"). */
export type TextFeature = { name: string; start: number; end: number };

const CONTEXT = 3;
const isNumber = (norm: string) => /^\d/.test(norm);
/** A token as the features name it: its normal form, '#' for a number, '^' for none (the criterion's edge). */
export const featureWord = (token: Token | undefined) => (token ? (isNumber(token.norm) ? '#' : token.norm) : '^');

/** How the rules found a candidate: the kind of evidence behind it. */
export function kindOf(candidate: Candidate): string {
  if (candidate.explanation) return 'frame';
  if (candidate.because) return 'also';
  if (candidate.cue >= 0) return 'cue';
  if (candidate.terminal.exactCase) return 'abbr';
  if (candidate.readAs) return 'read';
  return 'phrase';
}

/**
 * The features of one skill the rules found: which skill, which phrase and how, the words just
 * around it, how the criterion opens, and whether a more specific skill was found beside it.
 */
export function hitFeatures(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  candidate: Candidate,
  foundIds: readonly string[],
  /** The advert's features (`contextFeatures`): each is also read against the skill's category. */
  context: readonly string[] = [],
): string[] {
  const id = candidate.terminal.skillId!;
  const kind = kindOf(candidate);
  const variant = kind === 'frame' ? 'frame' : candidate.terminal.variant.toLowerCase();
  const features = [`s:${id}`, `v:${id}|${variant}`, `k:${kind}`, `k:${id}|${kind}`];
  const from = scopes.clauseStart[candidate.start]!;
  const to = scopes.clauseEnd[candidate.start]!;
  for (let i = Math.max(from, candidate.start - CONTEXT); i < candidate.start; i++)
    features.push(`l:${featureWord(tokens[i])}`);
  for (let i = candidate.end; i < Math.min(to, candidate.end + CONTEXT); i++)
    features.push(`r:${featureWord(tokens[i])}`);
  features.push(`l1:${id}|${featureWord(candidate.start > from ? tokens[candidate.start - 1] : undefined)}`);
  features.push(`r1:${id}|${featureWord(candidate.end < to ? tokens[candidate.end] : undefined)}`);
  const category = matcher.skills.get(id)!.category;
  features.push(
    `o:${category}|${featureWord(tokens[0])}_${featureWord(tokens[1])}`,
    `o:${featureWord(tokens[0])}_${featureWord(tokens[1])}`,
  );
  if (tokens.some((t) => t.norm === 'we' || t.norm === 'our' || t.norm === 'us')) features.push(`we:${category}`);
  for (const other of foundIds) {
    if (other === id) continue;
    const skill = matcher.skills.get(other)!;
    if ([...skill.implies, ...skill.broader].includes(id)) features.push(`child:${id}`);
  }
  for (const feature of context) features.push(feature, `${category}|${feature}`);
  return features;
}

/** The criterion's words and word pairs (within a clause), with where they are. */
export function textFeatures(tokens: readonly Token[], scopes: TokenScopes): TextFeature[] {
  const features: TextFeature[] = [];
  for (let i = 0; i < tokens.length; i++) {
    features.push({ name: `u:${featureWord(tokens[i])}`, start: i, end: i + 1 });
    if (i + 1 < tokens.length && scopes.phraseBreak[i + 1] !== 1) {
      features.push({ name: `b:${featureWord(tokens[i])}_${featureWord(tokens[i + 1])}`, start: i, end: i + 2 });
    }
  }
  return features;
}

const HEADING_WORDS = 3;

/**
 * What the advert says around the criterion: the first words of the heading or lead-in it sits under
 * (`h:`, `h:-` when none) and the professions its title names (`p:`, `p:-` when none).
 */
export function contextFeatures(context: MatchContext): string[] {
  const heading = tokenise(context.category ?? '')
    .slice(0, HEADING_WORDS)
    .map((t) => `h:${featureWord(t)}`);
  const professions = professionsOfTitle(context.title).map((p) => `p:${p}`);
  return [...(heading.length > 0 ? heading : ['h:-']), ...(professions.length > 0 ? professions : ['p:-'])];
}
