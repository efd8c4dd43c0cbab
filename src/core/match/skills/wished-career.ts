import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Candidate } from '../find-candidates';
import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import { normsOf } from '../../text/word-norms';

/** Words that make a career one the applicant wishes for or sets out on: "keen to start a career in …". */
const SETTING_OUT = normsOf([
  'develop',
  'developing',
  'start',
  'starting',
  'begin',
  'beginning',
  'pursue',
  'pursuing',
  'build',
  'building',
  'launch',
  'progress',
  'further',
  'next',
  'new',
  'future',
  'rewarding',
  'interest',
  'interested',
  'passion',
  'passionate',
  'desire',
  'keen',
  'wish',
  'want',
  'aspire',
  'aspiring',
  'looking',
  'seeking',
]);
const CAREER = normsOf(['career', 'careers']);
const INTO = new Set(['in', 'within', 'into']);
/** Words that ask for the field all the same, in the career's own comma-separated part: "experience and a wish …". */
const EXPERIENCE = normsOf([...EXPERIENCE_FRAMES.heads, 'previous', 'previously', 'currently', 'current']);
/** How far before "career" its wish may lie, and after "in" the field's first word. */
const REACH = 4;
const FIELD_REACH = 3;

/**
 * "Keen to start a career in clinical research", "an interest in developing their career within imaging": the
 * field of a career the applicant wishes for or sets out on says where they want to go, not what they can do
 * already (as an interest in a specialty asks for no experience, labels decision 9). The skills named as that
 * field go, unless the part of the clause naming the career asks for experience.
 */
export function withoutFieldsOfAWishedCareer(
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const fields = wishedFields(tokens, scopes);
  if (fields.length === 0) return spans as Candidate[][];
  return spans.filter((span) => !fields.some(([from, to]) => span[0]!.start >= from && span[0]!.start < to));
}

/** Where the fields of wished careers may start: from the word after "in" to FIELD_REACH words on. */
function wishedFields(tokens: readonly Token[], scopes: TokenScopes): Array<[number, number]> {
  const fields: Array<[number, number]> = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!CAREER.has(tokens[k]!.norm) || !INTO.has(tokens[k + 1]!.norm)) continue;
    const [from, to] = [scopes.clauseStart[k]!, Math.min(scopes.clauseEnd[k]!, k + 2 + FIELD_REACH)];
    let part = k;
    while (part > from && scopes.segment[part - 1] === scopes.segment[k]) part--;
    let asked = false;
    for (let i = part; i < to; i++) if (EXPERIENCE.has(tokens[i]!.norm)) asked = true;
    let wished = false;
    for (let i = k - 1; i >= Math.max(from, k - REACH); i--) if (SETTING_OUT.has(tokens[i]!.norm)) wished = true;
    if (wished && !asked) fields.push([k + 2, to]);
  }
  return fields;
}
