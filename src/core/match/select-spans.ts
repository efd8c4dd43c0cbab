import type { Candidate } from './find-candidates';

/**
 * Leftmost-longest: at each position keep the longest accepted phrase and skip past it, so
 * "clinical audit" wins over "audit" and no word is counted twice. Candidates for the same span
 * (one phrase naming two skills) are all kept, in a fixed order: the phrases an advert needs are compiled as
 * they are first met, so the order they arrive in depends on the adverts read before.
 */
export function selectSpans(candidates: readonly Candidate[]): Candidate[][] {
  const byStart = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = byStart.get(candidate.start);
    if (list) list.push(candidate);
    else byStart.set(candidate.start, [candidate]);
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const spans: Candidate[][] = [];
  let next = 0;
  for (const start of starts) {
    if (start < next) continue;
    const here = byStart.get(start)!.filter((c) => !(c.withHead && namedWhole(candidates, c)));
    if (here.length === 0) continue;
    const longest = Math.max(...here.map((c) => c.end));
    const kept = here.filter((c) => c.end === longest);
    // "Teaching/training qualification": the word read with the head its list shares says more than alone.
    const withHead = kept.filter((c) => c.withHead);
    spans.push((withHead.length > 0 ? withHead : kept).sort(bySkillThenVariant));
    next = longest;
  }
  return withSharedVerbsInside(candidates, spans);
}

/**
 * "Leading and managing a team": the object read with the first of two joined verbs lies inside the phrase of the
 * second, which leftmost-longest keeps; read to the same last word, it names a skill of its own, so it joins that
 * phrase's span. Not when the first verb is a word of a phrase kept already ("good at performance management and
 * development of junior staff" manages performance, not the junior staff).
 */
function withSharedVerbsInside(candidates: readonly Candidate[], spans: Candidate[][]): Candidate[][] {
  const inside = candidates.filter((c) => c.sharedVerb !== undefined);
  if (inside.length === 0) return spans;
  const taken = (token: number) => spans.some((span) => span[0]!.start <= token && token < span[0]!.end);
  return spans.map((span) => {
    const { start, end } = span[0]!;
    const joined = new Map<string, Candidate>();
    for (const c of inside) {
      const id = c.terminal.skillId!;
      if (c.start <= start || c.end !== end || c.sharedVerb! >= start || taken(c.sharedVerb!)) continue;
      if (!joined.has(id) && !span.some((o) => o.terminal.skillId === id)) joined.set(id, { ...c, start, end });
    }
    return joined.size === 0 ? span : [...span, ...joined.values()];
  });
}

/**
 * A word read with the head its list shares ("recognised teaching [qualification]") gives way to a phrase
 * that starts inside it and runs on past it, to the head itself: the list is that phrase's one name
 * ("a recognised teaching and assessing qualification").
 */
const namedWhole = (candidates: readonly Candidate[], c: Candidate): boolean =>
  candidates.some((o) => !o.withHead && o.start > c.start && o.start < c.end && o.end > c.end + 1);

/** Code-unit order, the same in every locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** For one skill, the phrase as written before one read through another form of a word ("based" as "base"). */
const bySkillThenVariant = (a: Candidate, b: Candidate) =>
  compare(a.terminal.skillId ?? '', b.terminal.skillId ?? '') ||
  (a.readAs ? 1 : 0) - (b.readAs ? 1 : 0) ||
  compare(a.terminal.variant, b.terminal.variant);
