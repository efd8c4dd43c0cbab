import type { SkillDefinition } from '../../model/skill';

/**
 * The six core dimensions of the NHS Knowledge and Skills Framework, by number, and the skill each asks
 * for. A person specification may name a dimension by its code alone ("NHSC5 – Quality"), where the
 * dimension's own word ("Quality") is too loose to name the skill.
 */
const CORE_DIMENSIONS: ReadonlyArray<readonly [number, string]> = [
  [1, 'comm-verbal-written'],
  [2, 'val-cpd-reflection'],
  [3, 'gov-health-safety'],
  [4, 'gov-quality-improvement'],
  [5, 'val-commitment-quality'],
  [6, 'val-equality-inclusion'],
];

const codes = (n: number) => [
  `NHSC${n}`,
  `NHS C${n}`,
  `(KSF|NHS KSF) (C${n}|core dimension ${n})`,
  `core dimension ${n}`,
];

/** The skills with the codes of the KSF core dimensions that ask for them added as variants. */
export function withKsfCodes(skills: readonly SkillDefinition[]): SkillDefinition[] {
  return skills.map((skill) => {
    const dimension = CORE_DIMENSIONS.find(([, id]) => id === skill.id);
    return dimension ? { ...skill, variants: [...skill.variants, ...codes(dimension[0])] } : skill;
  });
}
