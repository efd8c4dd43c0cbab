import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';

/** Adverbs a criterion broken off an ask for experience opens with: "preferably in a care setting". */
const OPENERS = new Set(['preferably', 'ideally', 'particularly', 'especially']);
/** What follows the adverb in such a rest: a link to the object or its article ("ideally within the …"), no verb. */
const OBJECT_STARTS = new Set<string>([...EXPERIENCE_FRAMES.links, 'a', 'an', 'the']);

/**
 * A criterion that is the rest of an ask for experience broken off by its level ("…, preferably in a
 * healthcare setting") has lost the word "experience" to the criterion before it: its opening adverb
 * stands where the cue stood, for a phrase that needs one (a care setting, a health sector) in the same
 * clause and within the phrase's window. The adverb must lead straight to the object: "ideally have
 * knowledge of …" asks for something else. Returns the cue's token (0), or -1.
 */
export function fragmentCue(tokens: readonly Token[], scopes: TokenScopes, start: number, window: number): number {
  if (start === 0 || start > window || !OPENERS.has(tokens[0]!.norm)) return -1;
  if (!OBJECT_STARTS.has(tokens[1]?.norm ?? '')) return -1;
  return scopes.clauseStart[start] === 0 ? 0 : -1;
}
