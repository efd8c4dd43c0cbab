import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import type { Compiled } from './experience-words';

/** Words that join one object of an experience to the next: "of X and Y", "in X and/or Y". */
const JOINS = new Set(['and', 'or', '&']);
/** Links that say where the experience was, after its first object: "of leadership within a laboratory". */
const WHERE = new Set(['in', 'within', 'across', 'at']);
/** Words of a course: what follows them is its subject, not the experience's ("with a diploma in renal care"). */
const COURSE = new Set(
  'qualification qualifications course courses module modules diploma certificate degree training bsc msc ba ma study studying studies'.split(
    ' ',
  ),
);
/** How far after its head an experience reaches for further objects. */
const REACH = 14;
/** The most words one further object runs to. */
const MAX_PIECE = 5;

/** A further object, and whether a link saying where introduced it ("within …") rather than "and"/"or". */
export type FurtherObject = { range: [number, number]; where: boolean };

/**
 * The objects of one experience after its first, which the reader of the first stops short of: "experience
 * of rota planning within a renal unit", "of audit and staff wellbeing", "of the effects of neglect and
 * childhood trauma", "in teaching and within stroke services". Each object follows a joining word ("and",
 * "or") or a link saying where ("within", "in"), and runs to the next of them or a word that ends an
 * object, before any word of a course, in the same clause and comma-separated part (a slash joins
 * alternatives). `first` is where the first object starts; `firstEnd` is where it ends.
 */
export function furtherObjects(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
  first: number,
): { firstEnd: number; further: FurtherObject[] } {
  const separator = (k: number) => JOINS.has(tokens[k]!.norm) || WHERE.has(tokens[k]!.norm);
  // The ask turns to a course: nothing after its word is read.
  const course = tokens.findIndex((t, at) => at >= first && COURSE.has(t.norm));
  const end = Math.min(scopes.clauseEnd[head]!, head + 1 + REACH, course < 0 ? Infinity : course);
  const sameSpan = (k: number) => scopes.segment[k] === scopes.segment[k - 1] || scopes.phraseBreak[k] === 1;
  const further: FurtherObject[] = [];
  let k = first;
  while (k < end && !separator(k) && !c.stops.has(tokens[k]!.norm) && sameSpan(k)) k++;
  const firstEnd = k;
  while (k < end && separator(k) && sameSpan(k)) {
    let j = k;
    let where = false;
    while (j < end && (separator(j) || c.determiners.has(tokens[j]!.norm)) && sameSpan(j)) {
      where ||= WHERE.has(tokens[j]!.norm);
      j++;
    }
    let e = j;
    while (e < end && e - j < MAX_PIECE && !separator(e) && !c.stops.has(tokens[e]!.norm) && sameSpan(e)) e++;
    if (e === j) break;
    further.push({ range: [j, e], where });
    k = e;
  }
  return { firstEnd, further };
}
