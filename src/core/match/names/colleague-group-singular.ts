import type { Token } from '../../text/tokenise';
import type { Candidate } from '../find-candidates';

const MDT = 'comm-mdt';
/** Nouns of a group that a singular word before them describes: "other professional colleagues", "… staff". */
const GROUPS = new Set(['staff', 'workforce', 'team', 'group', 'body', 'network']);

/**
 * A group of colleagues the taxonomy names in the plural ("allied health professionals", "other
 * professionals") is the people the applicant works with; read in the singular it is one person, the
 * applicant or the post: "a Registered Nurse or Allied Health Professional", "a health and social care
 * professional with community experience". A plural after the word keeps the group ("other professional
 * colleagues").
 */
export function withoutColleagueGroupsInSingular(
  tokens: readonly Token[],
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans
    .map((span) => span.filter((c) => c.terminal.skillId !== MDT || !namedInSingular(tokens, c)))
    .filter((span) => span.length > 0);
}

function namedInSingular(tokens: readonly Token[], c: Candidate): boolean {
  const written = c.terminal.variant.split(' ').pop()!.toLowerCase();
  const last = tokens[c.end - 1]!;
  if (written === last.norm || !written.endsWith('s') || last.raw.toLowerCase() !== last.norm) return false;
  return !describesAGroup(tokens[c.end]);
}

/** A word after the singular that makes it an adjective of a group: "professional colleagues", "professional staff". */
const describesAGroup = (next: Token | undefined): boolean =>
  next !== undefined && (GROUPS.has(next.norm) || next.raw.toLowerCase() !== next.norm);
