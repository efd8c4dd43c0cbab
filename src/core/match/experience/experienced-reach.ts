import type { Token } from '../../text/tokenise';

/**
 * Whether "experienced" at `cue` does not reach a phrase at `start`: the word takes what it is experienced in
 * after it ("experienced in CAMHS", "experienced ITU Nurses", "experienced staff in orthopaedics"), never before
 * it ("the Department for Older People are looking for experienced HCAs"), and not across an infinitive, which
 * is the post's work ("an experienced Psychologist to work with older people").
 */
export function experiencedOutOfReach(tokens: readonly Token[], cue: number, start: number): boolean {
  if (tokens[cue]!.norm !== 'experienced') return false;
  if (cue > start) return true;
  for (let k = cue + 1; k < start; k++) if (tokens[k]!.norm === 'to') return true;
  return false;
}
