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
]);

/**
 * "Communication skills of a high standard", "written skills need to be of a high standard", "completed your degree
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
  const isMeasured = [inCategory(matcher, 'it'), inCategory(matcher, 'qualification')];
  const measuredEnds = new Set(
    spans.flatMap((span) => (span.some((c) => isMeasured.some((test) => test(c))) ? [span[0]!.end - 1] : [])),
  );
  return spans.filter((span) => {
    if (!span.every((c) => c.terminal.skillId === QUALITY_VALUE)) return true;
    const thing = thingMeasured(tokens, scopes, span[0]!.start, span[0]!.end);
    return thing < 0 || !(ABILITIES.has(tokens[thing]!.norm) || measuredEnds.has(thing));
  });
}

/** The word before "to/of a [very] high standard" spanning `start`..`end`, else -1. */
function thingMeasured(tokens: readonly Token[], scopes: TokenScopes, start: number, end: number): number {
  if (end - start !== 2 || tokens[start]!.norm !== 'high' || tokens[start + 1]!.norm !== 'standard') return -1;
  let k = start - 1;
  if (DEGREE.has(tokens[k]?.norm ?? '')) k--;
  if (k < 1 || (tokens[k]!.norm !== 'a' && tokens[k]!.norm !== 'an')) return -1;
  const link = tokens[--k]!.norm;
  if (link !== 'to' && link !== 'of') return -1;
  let thing = k - 1;
  if (link === 'of') while (thing >= 0 && k - thing <= MAX_TO_BE && TO_BE.has(tokens[thing]!.norm)) thing--;
  return thing >= 0 && scopes.clause[thing] === scopes.clause[start] ? thing : -1;
}
