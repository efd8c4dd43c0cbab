import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';
import { readCandidate } from '../read-candidate';
import { supportRoleTitle } from '../role/support-role';
import { professionsOfTitle } from '../role/title-professions';

const NUMBER = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)$/;
const UNITS = new Set(['year', 'month']);
const QUALIFIERS = new Set(['clinical', 'relevant', 'professional', 'practical', 'qualified']);
const HEADS = new Set(['experience', 'service']);
/** Words after "experience in/within/as" that name no field: "within a related role". */
const NO_FIELD = new Set(['a', 'an', 'the', 'related', 'similar', 'relevant', 'comparable', 'equivalent']);
const ROLES = new Set(['role', 'post', 'position', 'capacity', 'grade', 'job']);
const LINKS = new Set(['in', 'within', 'as', 'at']);
/** Words after "a similar role" that say where it was held: "with an NHS trust", "in a hospital". */
const WHERE = new Set(['with', 'in', 'within', 'at', 'for', 'on', 'across', 'from', 'of']);
/** Words that ask for experience again after the duration's own. */
const ASKS = new Set(['experience', 'experienced', 'background']);
const PROFESSION = /\b(nurse|RMN|RGN|RNLD|midwife|therapist|physiotherapist|radiographer|pharmacist|paramedic)\b/i;

/**
 * A bare duration of experience ("at least 2 years of clinical experience", "3 years' service") on the
 * advert of a registered profession is experience in that profession (labelling rule 9): post-registration
 * experience. A duration of experience in a field ("3 years' experience in ICU", "experience working in
 * the NHS") is left to the experience objects; a support role's experience is care experience.
 */
export function withDurationInProfession(
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
  context: MatchContext,
): Candidate[][] {
  if (supportRoleTitle(context.title)) return [...spans];
  const ownProfession = professionsOfTitle(context.title).length > 0 || PROFESSION.test(text);
  if (!ownProfession) return [...spans];
  const found: Candidate[][] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!NUMBER.test(tokens[i]!.norm) || !UNITS.has(tokens[i + 1]!.norm)) continue;
    let k = i + 2;
    if (tokens[k]?.norm === 'of') k++;
    if (QUALIFIERS.has(tokens[k]?.norm ?? '')) k++;
    if (!HEADS.has(tokens[k]?.norm ?? '') || scopes.clause[k] !== scopes.clause[i] || !bare(tokens, scopes, k)) {
      continue;
    }
    // Experience of a field read elsewhere says what the duration is of, unless it is a second ask of its
    // own ("2 years' clinical experience, including some experience of secure settings").
    const later = tokens.findIndex((t, at) => at > k && ASKS.has(t.norm));
    const field = (span: Candidate[]) =>
      span.some((c) => c.terminal.skillId?.startsWith('exp-')) && (later < 0 || span[0]!.start < later);
    if (spans.some(field)) continue;
    found.push([duration(tokens, i, k + 1)]);
  }
  return found.length === 0 ? [...spans] : [...spans, ...found].sort((a, b) => a[0]!.start - b[0]!.start);
}

/** Whether nothing after the head says of what: the clause ends, or only "in a related role" follows. */
function bare(tokens: readonly Token[], scopes: TokenScopes, head: number): boolean {
  const next = head + 1;
  if (next >= scopes.clauseEnd[head]! || scopes.segment[next] !== scopes.segment[head]) return true;
  if (!LINKS.has(tokens[next]!.norm)) return !/ing$/.test(tokens[next]!.norm) || tokens[next]!.norm === 'including';
  let k = next + 1;
  while (k < scopes.clauseEnd[head]! && scopes.segment[k] === scopes.segment[head] && NO_FIELD.has(tokens[k]!.norm)) {
    k++;
  }
  if (k === next + 1 || !ROLES.has(tokens[k]?.norm ?? '')) return false;
  // "in a similar role with an NHS trust" says where; "… held within the last 2 years" only when.
  const after = k + 1;
  if (after >= scopes.clauseEnd[head]! || scopes.segment[after] !== scopes.segment[head]) return true;
  return !WHERE.has(tokens[after]!.norm);
}

const duration = (tokens: readonly Token[], start: number, end: number): Candidate =>
  readCandidate(
    tokens,
    [start, end],
    EXPERIENCE_FRAMES.ownProfessionId,
    (variant) => `"${variant}": a duration of experience with no field, in the own profession`,
  );
