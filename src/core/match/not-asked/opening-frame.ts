import type { TokenScopes } from '../clauses';
import { findPhrases, phraseSet } from '../phrase-finder';
import type { Token } from '../../text/tokenise';
import { gapBefore } from '../../text/gap-before';

/** Words that open a sentence by saying where the post is set: "Working within …", "As part of …". */
const FRAMES = phraseSet([
  'working in',
  'working within',
  'working alongside',
  'working as part of',
  'as part of',
  'based in',
  'based within',
]);
/** The subject of the sentence's own clause, after the frame's comma. */
const SUBJECTS = new Set(['you', 'youll', 'the', 'we', 'they', 'candidates', 'applicants', 'successful']);

/**
 * For each token, whether it lies in a phrase that opens its sentence with the setting of the post, ended by a
 * comma before the sentence's subject: in "Working within a multi-disciplinary team, you must be competent to
 * undertake observations" the team is where the work is done, not an ask. A list item with no subject after its
 * comma ("Working within a multi-disciplinary team, liaising with …") is asked.
 */
export function openingFrameTokens(text: string, tokens: readonly Token[], scopes: TokenScopes): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (const frame of findPhrases(tokens, FRAMES)) {
    const { start } = frame;
    if (scopes.clauseStart[start] !== start) continue;
    let end = start + 1;
    while (end < tokens.length && scopes.segment[end] === scopes.segment[start]) end++;
    if (end >= tokens.length || scopes.clause[end] !== scopes.clause[start]) continue;
    const comma = gapBefore(text, tokens, end).includes(',');
    if (comma && SUBJECTS.has(tokens[end]!.norm)) marks.fill(1, start, end);
  }
  return marks;
}
