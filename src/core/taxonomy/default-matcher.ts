import type { SkillDefinition } from '../model/skill';
import { TAXONOMY } from './skills';
import { compileTaxonomy, type Matcher } from './compile';
import { triggerWords } from './trigger-words';
import { STOP_PHRASES } from './stop-phrases';

let compiled: Matcher | undefined;

/**
 * The taxonomy compiled once, on first use. Its variants are indexed as they are first needed (or a
 * slice at a time by the content script): the taxonomy itself is checked whole by the tests.
 */
export function defaultMatcher(): Matcher {
  compiled ??= compileTaxonomy(TAXONOMY, STOP_PHRASES, { lazy: true });
  return compiled;
}

/**
 * The taxonomy with more skills (a user's custom skills), compiled like the default matcher,
 * stop phrases included. Cheap: variants are compiled only when a text reaches them. The extra
 * skills' ids and patterns are checked at once, so a bad one throws here, not while matching.
 */
export function matcherWith(extra: readonly SkillDefinition[]): Matcher {
  for (const skill of extra) {
    for (const variant of [...skill.variants, ...(skill.abbreviations ?? [])])
      triggerWords(typeof variant === 'string' ? variant : variant.text);
  }
  return compileTaxonomy([...TAXONOMY, ...extra], STOP_PHRASES, { lazy: true });
}
