import type { Matcher } from '../../taxonomy/compile';
import type { Token } from '../../text/tokenise';
import type { Candidate } from '../find-candidates';
import { gapBefore } from '../../text/gap-before';

const CONJUNCTIONS = new Set(['and', 'or']);

/**
 * "Audit and clinical governance", "research and audit", "complaints and incidents": a taxonomy phrase
 * that joins two things the applicant is asked for names one skill, but each side that is a phrase of
 * another skill on its own asks for that skill too, when both sides are phrases of the taxonomy (in "typing
 * with speed and accuracy" the conjunction joins two words of one skill). The longest phrase claims the
 * words, so the side's own skill is added to the joined phrase's span (one highlight), never a parent or
 * child of its skills. A qualification's name is one thing ("teaching and assessing qualification").
 */
export function withJoinedSkills(
  matcher: Matcher,
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.map((span) => {
    const { start, end } = span[0]!;
    if (span.some((c) => c.terminal.skillId === null)) return span;
    const join = joinAt(text, tokens, start, end);
    if (!join) return span;
    const sides: ReadonlyArray<readonly [number, number]> = [
      [start, join.before],
      [join.after, end],
    ];
    // A joined name is one thing: "a teaching and assessing qualification", "typing with speed and accuracy".
    if (span.some((c) => matcher.skills.get(c.terminal.skillId!)!.category === 'qualification')) return span;
    const named = (from: number, to: number) =>
      candidates.some((c) => c.terminal.skillId !== null && c.start === from && c.end === to);
    if (!sides.every(([from, to]) => named(from, to))) return span;
    const out = [...span];
    for (const c of candidates) {
      const id = c.terminal.skillId;
      if (id === null || c.withHead || !sides.some(([from, to]) => c.start === from && c.end === to)) continue;
      // A quality before the conjunction qualifies the noun after it: "compassionate and inclusive leadership".
      if (matcher.skills.get(id)!.category === 'values') continue;
      if (out.some((o) => o.terminal.skillId === id || related(matcher, o.terminal.skillId!, id))) continue;
      const words = tokens
        .slice(c.start, c.end)
        .map((t) => t.raw)
        .join(' ');
      out.push({ ...c, start, end, because: `"${words}", one of the things the phrase joins` });
    }
    return out;
  });
}

/** The conjunction inside [start, end): the end of the words before it and the start of those after. */
function joinAt(text: string, tokens: readonly Token[], start: number, end: number) {
  for (let k = start + 1; k < end - 1; k++) {
    if (CONJUNCTIONS.has(tokens[k]!.norm)) return { before: k, after: k + 1 };
  }
  for (let k = start + 1; k < end; k++) {
    if (gapBefore(text, tokens, k).includes('&')) return { before: k, after: k };
  }
  return null;
}

function related(matcher: Matcher, a: string, b: string): boolean {
  const skillA = matcher.skills.get(a)!;
  const skillB = matcher.skills.get(b)!;
  const parentOf = (s: typeof skillA, id: string) => s.implies.includes(id) || s.broader.includes(id);
  return parentOf(skillA, b) || parentOf(skillB, a);
}
