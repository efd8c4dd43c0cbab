import type { SkillDefinition } from '../model/skill';
import { compileTaxonomy, type Matcher } from './compile';
import { TAXONOMY } from './skills';
import { STOP_PHRASES } from './stop-phrases';

let compiled: Matcher | undefined;

/** The taxonomy as a matcher, once per process; its phrases compile as texts first reach them. */
export function defaultMatcher(): Matcher {
  compiled ??= compileTaxonomy(TAXONOMY, STOP_PHRASES);
  return compiled;
}

/**
 * The taxonomy with more skills (a user's custom skills), stop phrases included. A bad definition
 * throws here, not while matching.
 */
export const matcherWith = (extra: readonly SkillDefinition[]): Matcher =>
  compileTaxonomy([...TAXONOMY, ...extra], STOP_PHRASES);
