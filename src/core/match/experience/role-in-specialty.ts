import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';

/** Words that place an experienced role in a field right after its name: "… Nurse working in critical care". */
const PLACED = new Set([
  'working',
  'worked',
  'in',
  'within',
  'with',
  'from',
  'specialising',
  'specializing',
  'specialised',
  'specialized',
  'based',
  'currently',
]);
/** How many words may lie between the role's name and the field. */
const REACH = 6;

/**
 * Whether the role "experienced" qualifies (tokens [start, end), its name at `end`) is placed in a field named
 * at `field` by the words after it ("an experienced Registered Nurse working in Respiratory", "an experienced
 * Staff Nurse with a background in oncology"): the experience asked for is of that field (decision 9), not
 * only of the profession. A role followed by an infinitive ("an experienced Psychologist to work with older
 * people") is the post's work, not where the experience was.
 */
export function roleInField(tokens: readonly Token[], scopes: TokenScopes, end: number, field: number): boolean {
  const from = end + 1;
  if (field <= from - 1 || field - from > REACH || scopes.clause[field] !== scopes.clause[end]) return false;
  if (!PLACED.has(tokens[from]?.norm ?? '')) return false;
  for (let k = from; k < field; k++) if (tokens[k]!.norm === 'to' || tokens[k]!.norm === 'and') return false;
  return true;
}
