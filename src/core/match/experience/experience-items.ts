import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { classify, compile } from './experience-objects';
import { professionsOfTitle } from '../role/title-professions';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';
import { readCandidate } from '../read-candidate';
import { hasLetter } from '../../text/letters';

/** A heading or lead-in that asks for experience: "Experience", "Desirable Experience", "Experience of:". */
const EXPERIENCE_HEADING = /\b(experience|background)\b/i;
/** "Experience of working in the following areas": a lead-in the item completes, not a bare heading. */
const LEAD_IN = /\b(of|in|with|within|following)\b/i;
/** "Knowledge of Autism", "Learning Disability awareness": an item about knowing, not experience. */
const KNOWING = /^(knowledge|awareness|aware|understanding|understand|skill|skills|ability|able|knowledgeable)$/;
const MAX_ITEM = 6;

/**
 * An item listed under an experience heading or lead-in ("Experience of working in the following
 * areas:" over "Spinal Care") is experience of what it names, as if the heading's words stood before
 * it: a bare noun phrase naming a specialty, setting or client group gets the experience anchor. An
 * item that says its own frame ("experience of …", "ability to …") or is a sentence is left to the text.
 */
export function withExperienceOfItem(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
  context: MatchContext,
): Candidate[][] {
  const heading = context.category;
  if (!heading || !EXPERIENCE_HEADING.test(heading)) return [...spans];
  const c = compile();
  if (tokens.some((t) => c.heads.has(t.norm) || c.nounHeads.has(t.norm) || KNOWING.test(t.norm))) return [...spans];
  const start = tokens.findIndex((t) => hasLetter(t.norm));
  if (start < 0) return [...spans];
  const anyField = LEAD_IN.test(heading);
  const item = experienceItem(tokens, scopes, spans, start, heading.trim(), context.title, { whole: true, anyField });
  return item ? [...spans, item].sort((a, b) => a[0]!.start - b[0]!.start) : [...spans];
}

/**
 * The item that starts at `start` read as experience of a specialty under `heading`, or null: the item is
 * its first phrase ("Musculoskeletal medicine (where appropriate)" is "Musculoskeletal medicine"), and
 * one that runs on into a sentence (`whole`: the item must end its clause) names nothing. With `anyField`
 * (a heading's lead-in), any words no skill claims name a field; else the item must have a specialty's shape.
 */
export function experienceItem(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
  start: number,
  heading: string,
  title: string | null | undefined,
  { whole, anyField }: { whole: boolean; anyField: boolean },
): Candidate[] | null {
  let end = start + 1;
  while (end < tokens.length && scopes.segment[end] === scopes.segment[start] && scopes.phraseBreak[end] !== 1) end++;
  if (end - start > MAX_ITEM || (whole && end < scopes.clauseEnd[start]! - MAX_ITEM)) return null;
  const taken = spans.map((span) => ({ start: span[0]!.start, end: span[0]!.end }));
  const named = classify(compile(), tokens, [start, end], taken, professionsOfTitle(title));
  // Under a lead-in, any field the item names that no skill claims: "Spinal Care", "Behavioural Management".
  const free = !taken.some((t) => t.start < end && t.end > start);
  const skillId = named ?? (anyField && free ? EXPERIENCE_FRAMES.skillId : null);
  if (skillId !== EXPERIENCE_FRAMES.skillId) return null;
  const explain = (variant: string) =>
    `"${variant}" under "${heading}": experience of a specialty, setting or client group`;
  return [readCandidate(tokens, [start, end], skillId, explain)];
}
