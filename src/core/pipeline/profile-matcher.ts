import type { CustomSkill } from '../model/profile';
import { customSkillDefinition } from '../profile/custom-skills';
import { addSkills, compileTaxonomy, type Matcher } from '../taxonomy/compile';
import type { MatcherSource } from '../taxonomy/default-matcher';

/**
 * The matcher for a profile: the taxonomy plus the user's own skills (the same object while they stay
 * the same). A custom skill that cannot be compiled is left out, not fatal. `source` is where the
 * taxonomy comes from: compiled in this process, or loaded precompiled in the extension's background.
 */
export function profileMatchers(source: MatcherSource): (customSkills: readonly CustomSkill[]) => Matcher {
  let cached: { list: readonly CustomSkill[]; key: string; matcher: Matcher } | undefined;
  return (customSkills) => {
    if (customSkills.length === 0) return source.shared();
    // The same list again (a profile kept in memory): no need to compare its contents.
    if (cached?.list === customSkills) return cached.matcher;
    const key = JSON.stringify(customSkills);
    if (cached?.key === key) return (cached = { ...cached, list: customSkills }).matcher;
    const definitions = customSkills.map(customSkillDefinition).filter(compiles);
    cached = { list: customSkills, key, matcher: addSkills(source.fresh(), definitions) };
    return cached.matcher;
  };
}

function compiles(definition: ReturnType<typeof customSkillDefinition>): boolean {
  try {
    compileTaxonomy([definition]);
    return true;
  } catch {
    return false;
  }
}
