import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { compile, namesSpecialty } from './experience-objects';
import { objectAfter } from './experience-object-range';
import type { Candidate } from '../find-candidates';
import { readCandidate } from '../read-candidate';

/** The most words an example is read over. */
const MAX_EXAMPLE = 4;

/**
 * Experience of something general followed by examples in the next part of the sentence ("experience in a
 * related clinical area (renal, stroke)", "experience of a busy area, e.g. theatres") is experience of the
 * specialty the first example names, when nothing has read a specialty, setting or client group yet.
 */
export function withExperienceExamples(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const experience = (span: Candidate[]) => span.some((c) => c.terminal.skillId?.startsWith('exp-'));
  if (spans.some(experience)) return [...spans];
  const c = compile();
  for (let i = 0; i < tokens.length; i++) {
    if (!c.nounHeads.has(tokens[i]!.norm)) continue;
    const object = objectAfter(c, tokens, scopes, i);
    // Only a general object leaves its examples to say which: "a related clinical area", not "antenatal".
    if (!object || !tokens.slice(object[0], object[1]).every((t) => c.generic.has(t.norm))) continue;
    let k = object[1];
    while (k < scopes.clauseEnd[i]! && scopes.segment[k] === scopes.segment[object[0]]) k++;
    if (k >= scopes.clauseEnd[i]!) continue;
    const end = Math.min(scopes.clauseEnd[i]!, k + MAX_EXAMPLE);
    let stop = k + 1;
    while (stop < end && scopes.segment[stop] === scopes.segment[k]) stop++;
    if (!namesSpecialty(tokens, k, stop)) continue;
    const explain = (variant: string) => `"${variant}", an example of the experience asked for: a specialty`;
    return [...spans, [readCandidate(tokens, [k, stop], EXPERIENCE_FRAMES.skillId, explain)]].sort(
      (a, b) => a[0]!.start - b[0]!.start,
    );
  }
  return [...spans];
}
