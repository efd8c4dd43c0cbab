import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import { inCategory } from '../candidate-category';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';

const QUALITY_VALUE = 'val-commitment-quality';
/** Words between the article and "high": "a very high standard". */
const DEGREE = new Set(['very', 'consistently', 'exceptionally', 'particularly', 'suitably', 'sufficiently']);
/** Words between the thing and "of a high standard" that only say it must be so: "skills need to be of …". */
const TO_BE = new Set(['be', 'is', 'are', 'been', 'need', 'needs', 'to', 'must', 'should', 'will', 'all']);
const MAX_TO_BE = 3;
/** Verbs before "a high standard" that make it a standard of work given: "deliver a high standard of …". */
const GIVING = new Set(['deliver', 'delivering', 'provide', 'providing', 'give', 'giving', 'offer', 'offering']);
/** What a standard may be "of" and stay a standard of the work: "a high standard of customer care". */
const WORK = new Set(['work', 'customer', 'care', 'service', 'services']);
/** Categories of a skill a standard may be "of": its level, not a standard of the work ("a high standard of IT"). */
const SKILL_CATEGORIES = ['it', 'communication', 'other', 'finance'] as const;
/** Nouns naming an ability or an award of the applicant, whose level the standard measures. */
const ABILITIES = new Set([
  'skill',
  'skills',
  'degree',
  'degrees',
  'qualification',
  'qualifications',
  'educated',
  'education',
  'english',
  'literacy',
  'numeracy',
  'spelling',
  'grammar',
  'accuracy',
  'written',
  'spoken',
]);

/**
 * "Communication skills of a high standard", "typing skills that must be of a high standard", "completed your degree
 * to a high standard", "use Excel to a high standard": a high standard that measures how good a skill or an award
 * is asks for that skill at that level, not a commitment to the quality of the work. Read where the words just
 * before "to"/"of a high standard" (past "need to be") name an ability, an award, or an IT skill the criterion
 * names; care, work or a service delivered to a high standard stays a standard of work.
 */
export function withoutStandardsOfASkill(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const before = [inCategory(matcher, 'it'), inCategory(matcher, 'qualification')];
  const after = SKILL_CATEGORIES.map((category) => inCategory(matcher, category));
  const ends = new Set(spans.flatMap((span) => (span.some((c) => before.some((t) => t(c))) ? [span[0]!.end - 1] : [])));
  const starts = new Set(spans.flatMap((span) => (span.some((c) => after.some((t) => t(c))) ? [span[0]!.start] : [])));
  return spans.filter((span) => {
    if (!span.every((c) => c.terminal.skillId === QUALITY_VALUE)) return true;
    const { start, end } = span[0]!;
    if (!highStandard(tokens, start, end) || GIVING.has(tokens[start - 2]?.norm ?? '')) return true;
    const thing = thingBefore(tokens, scopes, start);
    if (thing >= 0 && (ABILITIES.has(tokens[thing]!.norm) || ends.has(thing))) return false;
    // "a high standard of written English", "high standards of accuracy": the skill named after "of".
    const of = end < tokens.length && tokens[end]!.norm === 'of' ? end + 1 : -1;
    if (of < 0 || of >= tokens.length || WORK.has(tokens[of]!.norm)) return true;
    return !(ABILITIES.has(tokens[of]!.norm) || starts.has(of));
  });
}

const highStandard = (tokens: readonly Token[], start: number, end: number): boolean =>
  end - start === 2 && tokens[start]!.norm === 'high' && /^standards?$/.test(tokens[start + 1]!.norm);

/** The word before "to/of a [very] high standard" starting at `start`, else -1. */
function thingBefore(tokens: readonly Token[], scopes: TokenScopes, start: number): number {
  let k = start - 1;
  if (DEGREE.has(tokens[k]?.norm ?? '')) k--;
  if (k < 1 || (tokens[k]!.norm !== 'a' && tokens[k]!.norm !== 'an')) return -1;
  const link = tokens[--k]!.norm;
  if (link !== 'to' && link !== 'of') return -1;
  let thing = k - 1;
  if (link === 'of') while (thing >= 0 && k - thing <= MAX_TO_BE && TO_BE.has(tokens[thing]!.norm)) thing--;
  return thing >= 0 && scopes.clause[thing] === scopes.clause[start] ? thing : -1;
}
