import type { Matcher } from '../../taxonomy/compile';
import { inCategory } from '../candidate-category';
import type { Candidate } from '../find-candidates';

/**
 * "Senior HR leadership experience", "a senior managerial post": a level of experience named with the
 * leadership it was in asks for that leadership too. The span the level claims keeps its range and names,
 * besides, the leadership skills of the phrases found inside it.
 */
export function withLeadershipInExperience(
  matcher: Matcher,
  candidates: readonly Candidate[],
  spans: readonly Candidate[][],
): Candidate[][] {
  const isExperience = inCategory(matcher, 'experience');
  const isLeadership = inCategory(matcher, 'leadership');
  return spans.map((span) => {
    const { start, end } = span[0]!;
    if (end - start < 2 || !span.every(isExperience)) return span;
    const inside = candidates.filter(
      (c) => c.start >= start && c.end <= end && (c.start > start || c.end < end) && isLeadership(c),
    );
    const out = [...span];
    for (const c of inside) {
      if (out.some((o) => o.terminal.skillId === c.terminal.skillId)) continue;
      out.push({ ...span[0]!, terminal: c.terminal, because: `named inside "${span[0]!.terminal.variant}"` });
    }
    return out;
  });
}
