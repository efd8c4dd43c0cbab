import type { Token } from '../../text/tokenise';
import { hasLetter } from '../../text/letters';
import type { TokenScopes } from '../clauses';
import type { Compiled } from './experience-words';
import { phraseAt } from '../phrase-finder';

// Where the object of an experience lies: after its head ("experience of …") or before it ("… experience").

/** The most words an object runs to. */
const MAX_OBJECT = 6;
/** Heads whose object may be a role after "as a": "experience as a …", "worked as a …". */
const AS_ROLE_HEADS = new Set(['experience', 'worked']);
/** Verbs between "experience" and "as a" that keep the role its object: "experience working as a …". */
const WORKING = new Set(['working', 'employed', 'practising', 'practicing']);

/** Nouns the head may share its object with: "experience and knowledge of …". */
const SHARED_OBJECT = new Set(['knowledge', 'understanding', 'skills', 'expertise']);
const AND = new Set(['and', '&', 'or']);

/** "experience [of] [working with] [a] OBJECT": the object's tokens, or null. */
export function objectAfter(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
): [number, number] | null {
  const end = scopes.clauseEnd[head]!;
  const opened = objectStart(c, tokens, scopes, head);
  if (opened === null) return null;
  const [j, role] = opened;
  let k = j;
  const endsObject = (norm: string) => c.stops.has(norm) || (role && c.links.has(norm));
  while (k < end && k - j < MAX_OBJECT && !endsObject(tokens[k]!.norm) && scopes.segment[k] === scopes.segment[j]) {
    k++;
    if (scopes.phraseBreak[k] === 1) break;
  }
  while (k > j && c.generic.has(tokens[k - 1]!.norm) && c.links.has(tokens[k - 2]?.norm ?? '')) k -= 2;
  while (k > j && (c.links.has(tokens[k - 1]!.norm) || c.determiners.has(tokens[k - 1]!.norm))) k--;
  return k > j && scopes.segment[j] === scopes.segment[head] ? [j, k] : null;
}

/**
 * Where the object of "experience [of] [working with] [a] …" starts, and whether it is a role read after
 * "as a"; null when the head takes no object there.
 */
export function objectStart(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
): [number, boolean] | null {
  const end = scopes.clauseEnd[head]!;
  let j = head + 1;
  if (AND.has(tokens[j]?.norm ?? '') && SHARED_OBJECT.has(tokens[j + 1]?.norm ?? '')) j += 2;
  const bridgeAt = (at: number) => c.bridges.find((b) => phraseAt(tokens, at, b) && at + b.length <= end);
  const asA = (at: number) => tokens[at]?.norm === 'as' && /^an?$/.test(tokens[at + 1]?.norm ?? '');
  const ofRole = AS_ROLE_HEADS.has(tokens[head]!.norm);
  if (j < end && c.links.has(tokens[j]!.norm)) j++;
  // "experience as a smoking cessation adviser": the role, read as a field by its noun (experience-fields).
  else if (ofRole && asA(j)) j += 2;
  // "experience working as a Social Worker", "worked as a Staff Nurse": the role, as above.
  else if (ofRole && WORKING.has(tokens[j]?.norm ?? '') && asA(j + 1)) j += 3;
  else if (!bridgeAt(j)) return null;
  // A role read after "as a" ends at a link word: "a social worker | in a local authority".
  const role = j > head + 1 && tokens[j - 2]?.norm === 'as';
  const bridge = bridgeAt(j);
  if (bridge) j += bridge.length;
  while (j < end && c.determiners.has(tokens[j]!.norm) && scopes.segment[j] === scopes.segment[head]) j++;
  return j < end ? [j, role] : null;
}

/** "[previous] OBJECT experience": the words before the head that say of what, or null. */
export function objectBefore(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
): [number, number] | null {
  const from = scopes.clauseStart[head]!;
  // "dispensing/manufacturing experience": a slash inside the clause joins alternatives of one object.
  const slash = (k: number) => scopes.phraseBreak[k] === 1 && scopes.clause[k - 1] === scopes.clause[k];
  let j = head;
  let segment = scopes.segment[head];
  while (
    j > from &&
    head - j < 4 &&
    (scopes.segment[j - 1] === segment || slash(j)) &&
    (scopes.phraseBreak[j] !== 1 || slash(j)) &&
    isObjectWord(c, tokens[j - 1]!.norm)
  ) {
    j--;
    segment = scopes.segment[j];
  }
  return j < head ? [j, head] : null;
}

const isObjectWord = (c: Compiled, norm: string) =>
  hasLetter(norm) && !c.modifiers.has(norm) && !c.determiners.has(norm) && !c.stops.has(norm) && !c.links.has(norm);
