import type { SkillHit } from '../model/skill-hit';

const ALTERNATIVE = /\bor\b|\//i;

/**
 * The hits of one criterion grouped into requirements: "NMC or HCPC registration" is one requirement
 * with two alternatives, "clinical audit and risk management" two requirements.
 */
export function requirementGroups(text: string, hits: readonly SkillHit[]): SkillHit[][] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const groups: SkillHit[][] = [];
  let previous: SkillHit | undefined;
  for (const hit of sorted) {
    const between = previous ? text.slice(previous.end, hit.start) : '';
    const last = groups.at(-1);
    if (previous && last && (hit.start <= previous.end || ALTERNATIVE.test(between))) last.push(hit);
    else groups.push([hit]);
    previous = hit;
  }
  return groups;
}
