import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { classify, compile } from './experience-objects';
import { objectAfter } from './experience-object-range';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';
import { readCandidate } from '../read-candidate';
import { professionsOfTitle } from '../role/title-professions';

/** Words a criterion broken off an ask for experience opens with: "preferably within …", "and working with …". */
const CONTINUES = new Set(['preferably', 'ideally', 'particularly', 'especially', 'and', 'or']);

/**
 * A criterion that is the rest of an ask for experience broken across lines ("preferably within renal
 * units.", "and working with older adults.") reads its object as the experience's: the opening word
 * stands where "experience" stood, and the object after it names a specialty, setting or client group.
 */
export function withExperienceFragment(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
  context: MatchContext,
): Candidate[][] {
  if (tokens.length < 3 || !CONTINUES.has(tokens[0]!.norm)) return [...spans];
  if (spans.some((span) => span.some((c) => c.terminal.skillId?.startsWith('exp-')))) return [...spans];
  const c = compile();
  const object = objectAfter(c, tokens, scopes, 0);
  if (!object) return [...spans];
  const taken = spans.map((span) => ({ start: span[0]!.start, end: span[0]!.end }));
  const named = classify(c, tokens, object, taken, professionsOfTitle(context.title));
  if (named !== EXPERIENCE_FRAMES.skillId) return [...spans];
  const explain = (variant: string) => `"${variant}", the rest of an ask for experience: a specialty`;
  return [...spans, [readCandidate(tokens, object, named, explain)]].sort((a, b) => a[0]!.start - b[0]!.start);
}
