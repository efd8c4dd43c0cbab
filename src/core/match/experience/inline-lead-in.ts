import { normaliseToken } from '../../text/normalise-token';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { compile } from './experience-objects';
import { experienceItem } from './experience-items';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';
import { gapBefore } from '../../text/gap-before';

/** A lead-in that ends in a colon and hands its items on: "… in one of the following:", "… in these areas:". */
const HANDS_ON = new Set(
  ['following', 'areas', 'settings', 'specialties', 'specialities', 'fields', 'of', 'in', 'with'].map(normaliseToken),
);

/**
 * A lead-in asking for experience inside the criterion itself ("Experience in one of the following:
 * cardiology, …") belongs with each item after its colon, as a heading's lead-in does with the items
 * under it (labelling: a lead-in ending in "in:" or "of:"): each item is read as experience of what it
 * names, and the first with the shape of a specialty, setting or client group is enough (words no skill
 * claims are not enough here: "programme support").
 */
export function withInlineLeadIn(
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
  context: MatchContext,
): Candidate[][] {
  const c = compile();
  for (let i = 1; i < tokens.length; i++) {
    const gap = gapBefore(text, tokens, i);
    if (!gap.includes(':') || !HANDS_ON.has(tokens[i - 1]!.norm)) continue;
    const from = scopes.clauseStart[i - 1]!;
    const leadIn = tokens.slice(from, i);
    if (!leadIn.some((t) => c.heads.has(t.norm) || c.nounHeads.has(t.norm))) continue;
    const heading = text.slice(tokens[from]!.start, tokens[i - 1]!.end);
    for (let k = i; k < scopes.clauseEnd[i]!; k++) {
      if (k > i && scopes.segment[k] === scopes.segment[k - 1] && tokens[k - 1]!.norm !== 'or') continue;
      const item = experienceItem(tokens, scopes, spans, k, heading, context.title, { whole: false, anyField: false });
      if (item) return [...spans, item].sort((a, b) => a[0]!.start - b[0]!.start);
    }
  }
  return [...spans];
}
