import type { SkillDefinition, Variant } from '../../src/core/model/skill';
import { expandPattern } from '../../src/core/taxonomy/expand-pattern';

/** Every phrase of the taxonomy's variants and abbreviations, expanded: the terms peers are given. */
export function taxonomyPhrases(definitions: readonly SkillDefinition[]): string[] {
  return definitions.flatMap((d) =>
    [...d.variants, ...(d.abbreviations ?? [])].flatMap((v: Variant) =>
      expandPattern(typeof v === 'string' ? v : v.text),
    ),
  );
}

/** The naive way: one case-insensitive RegExp per expanded phrase, on Unicode word boundaries. */
export function naiveMatcher(definitions: readonly SkillDefinition[]): (text: string) => number {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const phrases = taxonomyPhrases(definitions);
  const regexes = phrases.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'giu'));
  const run = (text: string) => {
    let found = 0;
    for (const re of regexes) {
      re.lastIndex = 0;
      while (re.exec(text)) found++;
    }
    return found;
  };
  return Object.assign(run, { size: regexes.length });
}
