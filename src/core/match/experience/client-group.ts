import { CLIENT_GROUPS } from '../../taxonomy/client-groups';
import type { Token } from '../../text/tokenise';
import { hasLetter } from '../../text/letters';
import type { TokenScopes } from '../clauses';
import type { Compiled } from './experience-words';
import type { ExperienceObject, Taken } from './experience-object';
import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import { phraseAt } from '../phrase-finder';
import { normsOf, phrasesLongestFirst } from '../../text/word-norms';

/** How far after the start of an experience's object its client group may lie. */
const REACH = 12;
/** How many words after the first one naming the condition still name it: "a hearing impairment". */
const CONDITION_WORDS = 2;
/** -ing words that name a condition, not what is done: "eating disorders", "hearing loss". */
const CONDITION_ING = new Set(['eating', 'hearing', 'learning']);

let compiled:
  | {
      people: string[][];
      introducers: string[][];
      skipped: Set<string>;
      notConditions: Set<string>;
      severity: Set<string>;
      kinds: Set<string>;
      breakers: Set<string>;
      theirs: Set<string>;
    }
  | undefined;
const compile = () =>
  (compiled ??= {
    people: phrasesLongestFirst(CLIENT_GROUPS.people),
    introducers: phrasesLongestFirst(CLIENT_GROUPS.introducers),
    skipped: normsOf(CLIENT_GROUPS.skipped),
    notConditions: normsOf(CLIENT_GROUPS.notConditions),
    severity: normsOf(CLIENT_GROUPS.severity),
    kinds: normsOf(CLIENT_GROUPS.kinds),
    breakers: normsOf(CLIENT_GROUPS.breakers),
    theirs: normsOf(CLIENT_GROUPS.theirs),
  });

/**
 * The client group an experience is of, named by what its people have ("experience of supporting adults who
 * have a stammer", "of running clinics for teenagers with sight loss"), from the people to the words
 * naming their condition; null when there is none. It lies after the start of the
 * experience's object (`from`), in its clause, before the ask turns to something else ("to …", "is
 * desirable"). The condition must say something: not only generic words ("a range of conditions"), not the
 * help given ("with their hygiene"), and not a skill already read ("patients with diabetes" is that skill).
 */
export function clientGroupAfter(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
  from: number,
  taken: readonly Taken[],
): ExperienceObject | null {
  const w = compile();
  // "the patient experience of people with dementia" is theirs, not the applicant's.
  if (w.theirs.has(tokens[head - 1]?.norm ?? '') && tokens[head]!.norm === 'experience') return null;
  const end = Math.min(scopes.clauseEnd[head]!, from + REACH);
  for (let k = from; k < end; k++) {
    const norm = tokens[k]!.norm;
    if (w.breakers.has(norm)) return null;
    // "experience to support …" turns to a purpose; "therapy to patients" keeps the object.
    if (norm === 'to' && !isPeopleStart(w, c, tokens, k + 1)) return null;
    const group = w.people.find((p) => phraseAt(tokens, k, p));
    if (!group) continue;
    const introducer = w.introducers.find((p) => phraseAt(tokens, k + group.length, p));
    if (!introducer) continue;
    const condition = conditionWord(w, c, tokens, k + group.length + introducer.length, scopes.clauseEnd[head]!);
    if (condition === null) continue;
    const [start, stop] = [k, conditionEnd(c, tokens, scopes, condition)];
    if (taken.some((t) => t.start < stop && t.end > start)) return null;
    const words = tokens
      .slice(start, stop)
      .map((t) => t.raw)
      .join(' ');
    const explanation = `"${tokens[head]!.raw}" with "${words}": experience of a client group`;
    return { start, end: stop, skillId: EXPERIENCE_FRAMES.skillId, explanation, role: false };
  }
  return null;
}

/** One past the words naming the condition: the first, and up to two nouns after it in the same part. */
function conditionEnd(c: Compiled, tokens: readonly Token[], scopes: TokenScopes, first: number): number {
  let k = first + 1;
  const names = (t: Token) => hasLetter(t.norm) && !c.stops.has(t.norm) && !c.links.has(t.norm);
  while (
    k < first + 1 + CONDITION_WORDS &&
    tokens[k] &&
    names(tokens[k]!) &&
    scopes.segment[k] === scopes.segment[first]
  )
    k++;
  return k;
}

const isPeopleStart = (w: ReturnType<typeof compile>, c: Compiled, tokens: readonly Token[], at: number) =>
  c.determiners.has(tokens[at]?.norm ?? '') || w.people.some((p) => phraseAt(tokens, at, p));

/** The index of the word naming the people's condition, or null when the words after "with" name none. */
function conditionWord(
  w: ReturnType<typeof compile>,
  c: Compiled,
  tokens: readonly Token[],
  at: number,
  end: number,
): number | null {
  let j = at;
  // "severe long-term pain": how serious the condition is says nothing of which it is.
  const skipped = (norm: string) => w.skipped.has(norm) || w.severity.has(norm) || norm === 'and';
  while (j < end && skipped(tokens[j]!.norm)) j++;
  const word = tokens[j]?.norm;
  if (j >= end || !word || !hasLetter(word) || w.notConditions.has(word)) return null;
  if (word.endsWith('ing') && !CONDITION_ING.has(word)) return null;
  if (w.kinds.has(word)) return j;
  return c.generic.has(word) || c.anchors.has(word) || c.stops.has(word) ? null : j;
}
