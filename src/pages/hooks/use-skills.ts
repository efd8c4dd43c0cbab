import { useMemo } from 'preact/hooks';
import { matcherWithCustomSkills } from '../../core/profile/custom-skills';
import type { CustomSkill } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';

/** Every skill the extension knows for this profile: the taxonomy plus the user's custom skills. */
export function useSkills(customSkills: readonly CustomSkill[] | undefined): ReadonlyMap<string, Skill> {
  const key = JSON.stringify(customSkills ?? []);
  return useMemo(() => matcherWithCustomSkills(customSkills ?? []).skills, [key]);
}
