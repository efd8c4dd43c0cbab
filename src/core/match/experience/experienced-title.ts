import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Compiled } from './experience-words';
import { professionNameFrom } from '../role/profession-name';

/**
 * "an experienced Endoscopy Nurse": the words between "experienced" and the profession it qualifies,
 * or null when no profession follows within a few words.
 */
export function titleAfter(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
): [number, number] | null {
  // "an experienced and committed Children's Nurse": a second adjective is passed over.
  // "an experienced and highly motivated Physiotherapist": and an adverb before it, though "experienced and
  // newly qualified nurses" are two kinds of nurse.
  const second = tokens[head + 2]?.norm ?? '';
  const adverb = tokens[head + 1]?.norm === 'and' && ADVERB.test(second) && !SINCE.has(second) ? 1 : 0;
  let from = tokens[head + 1]?.norm === 'and' && isAdjective(tokens[head + 2 + adverb]) ? head + 3 + adverb : head + 1;
  // "an experienced, highly motivated and keen Radiographer": so is a list of qualities after a comma.
  const listed = from === head + 1 && scopes.segment[from] !== scopes.segment[head];
  if (listed) from = afterQualities(c, tokens, scopes, from);
  if (listed && from === head + 1) return null;
  let segment = scopes.segment[listed ? from : head];
  const end = Math.min(scopes.clauseEnd[head]!, from + 5);
  for (let k = from; k < end; k++) {
    // "an experienced Applied/Clinical Psychologist": a slash joins alternatives of the role's words.
    if (k > from && scopes.phraseBreak[k] === 1 && scopes.clause[k] === scopes.clause[k - 1])
      segment = scopes.segment[k];
    if (scopes.segment[k] !== segment) return null;
    // "an experienced Speech and Language Therapist": a profession's name, read whole to its last word.
    const named = professionNameFrom(tokens, k);
    if (named > 1 && isRole(c, tokens[k + named - 1]!.norm)) return [from, k + named - 1];
    const norm = tokens[k]!.norm;
    const social = norm.startsWith('worker') && tokens[k - 1]?.norm === 'social';
    const role = isRole(c, norm) && !social;
    if (role) return k > from ? [from, k] : [k, k + 1];
    if (c.stops.has(norm) || c.links.has(norm)) return null;
  }
  return null;
}

const isRole = (c: Compiled, norm: string) => c.practitioners.has(norm) || c.posts.has(norm) || c.careRoles.has(norm);

const ADJECTIVE = /^\p{L}{4,}(ed|ive|ic|ful|ent|ant|ble)$/u;
const isAdjective = (token: Token | undefined) => token !== undefined && ADJECTIVE.test(token.norm);
const ADVERB = /^\p{L}{3,}ly$/u;
/** Adverbs of time: "newly qualified" is no quality of an experienced practitioner. */
const SINCE = new Set(['newly', 'recently']);

/** The first word after a list of qualities ("highly motivated and progressive"), within its clause. */
function afterQualities(c: Compiled, tokens: readonly Token[], scopes: TokenScopes, from: number): number {
  let k = from;
  // A role is never a quality, though one may look like an adjective ("midwives" is read as "midwive").
  const quality = (t: Token) => !isRole(c, t.norm) && (isAdjective(t) || ADVERB.test(t.norm) || t.norm === 'and');
  while (k < scopes.clauseEnd[from]! && k - from < 6 && quality(tokens[k]!)) k++;
  return k > from && tokens[k - 1]!.norm !== 'and' ? k : from;
}
