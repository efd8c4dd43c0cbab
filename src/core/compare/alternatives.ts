import type { Skill } from '../model/skill';
import type { SkillHit } from '../model/skill-hit';

const ALTERNATIVE = /\bor\b|\//i;

/**
 * The hits of one criterion grouped into requirements: "NMC or HCPC registration" is one requirement
 * with two alternatives, "clinical audit and risk management" two requirements. A skill the same words
 * name only because a more specific one names it too ("RMN" names the nurse registration) is no
 * alternative to it: holding the specific one is the requirement.
 */
export function requirementGroups(
  text: string,
  hits: readonly SkillHit[],
  skills?: ReadonlyMap<string, Skill>,
): SkillHit[][] {
  const namedAlso = (hit: SkillHit) =>
    hits.some(
      (other) =>
        other !== hit &&
        other.start === hit.start &&
        other.end === hit.end &&
        (skills?.get(other.skillId)?.alsoNames.includes(hit.skillId) ?? false),
    );
  const sorted = hits.filter((h) => !namedAlso(h)).sort((a, b) => a.start - b.start);
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
