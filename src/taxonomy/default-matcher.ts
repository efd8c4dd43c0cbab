import type { SkillDefinition } from '../spec/skill';
import { TAXONOMY } from './skills';
import { compileTaxonomy, type Matcher } from './compile';
import { STOP_PHRASES } from './stop-phrases';

let compiled: Matcher | undefined;

/** The taxonomy compiled once, on first use. */
export function defaultMatcher(): Matcher {
  compiled ??= compileTaxonomy(TAXONOMY, STOP_PHRASES);
  return compiled;
}

/**
 * The taxonomy with more skills (a user's custom skills), compiled like the default matcher,
 * stop phrases included. Cheap: variants are compiled only when a text reaches them.
 */
export function matcherWith(extra: readonly SkillDefinition[]): Matcher {
  return compileTaxonomy([...TAXONOMY, ...extra], STOP_PHRASES);
}
