import type { CustomSkill } from '../model/profile';
import { customSkillDefinition } from '../profile/custom-skills';
import { compileTaxonomy, type Matcher } from '../taxonomy/compile';
import { defaultMatcher, matcherWith } from '../taxonomy/default-matcher';

let cached: { key: string; matcher: Matcher } | undefined;

/**
 * The taxonomy plus the user's custom skills, as one matcher (the same object while the custom
 * skills stay the same). A custom skill that cannot be compiled is left out, not fatal.
 */
export function matcherForCustomSkills(customSkills: readonly CustomSkill[]): Matcher {
  if (customSkills.length === 0) return defaultMatcher();
  const key = JSON.stringify(customSkills);
  if (cached?.key === key) return cached.matcher;
  const definitions = customSkills.map(customSkillDefinition);
  let matcher: Matcher;
  try {
    matcher = matcherWith(definitions);
  } catch {
    matcher = matcherWith(definitions.filter(compiles));
  }
  cached = { key, matcher };
  return matcher;
}

function compiles(definition: ReturnType<typeof customSkillDefinition>): boolean {
  try {
    compileTaxonomy([definition]);
    return true;
  } catch {
    return false;
  }
}
