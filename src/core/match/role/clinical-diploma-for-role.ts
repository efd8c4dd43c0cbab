import type { Token } from '../../text/tokenise';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';
import { readCandidate } from '../read-candidate';
import { supportRoleTitle } from './support-role';
import { professionsOfTitle } from './title-professions';

const CLINICAL_PHARMACY = 'qual-clinical-pharmacy';
/** Awards a "clinical" one of which is the profession's postgraduate clinical training. */
const AWARDS = new Set(['diploma', 'certificate', 'qualification']);

/**
 * "A clinical diploma" on a pharmacist's advert is the postgraduate diploma in clinical pharmacy: the
 * profession the advert names says whose clinical training it is. On other adverts, and on a pharmacy
 * support role's, the words say no more than they say. A span already read over the words keeps them.
 */
export function clinicalDiplomaForRole(
  tokens: readonly Token[],
  spans: Candidate[][],
  context: MatchContext,
): Candidate[][] {
  if (!professionsOfTitle(context.title).includes('pharmacy') || supportRoleTitle(context.title)) return spans;
  const taken = (start: number, end: number) => spans.some((s) => s[0]!.start < end && s[0]!.end > start);
  let out = spans;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'clinical' || !AWARDS.has(tokens[i + 1]!.norm) || taken(i, i + 2)) continue;
    const read = readCandidate(
      tokens,
      [i, i + 2],
      CLINICAL_PHARMACY,
      (words) => `"${words}" on an advert for "${context.title}": the profession's clinical diploma`,
    );
    out = [...out, [read]].sort((a, b) => a[0]!.start - b[0]!.start);
  }
  return out;
}
