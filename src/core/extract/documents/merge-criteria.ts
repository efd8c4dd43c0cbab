import type { Criterion } from '../../model/criterion';

const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;

const words = (text: string) => text.toLowerCase().normalize('NFKD').replace(NOT_LETTERS_OR_DIGITS, ' ').trim();

/** The same criterion worded the same way, give or take punctuation, case and a word or two. */
export function sameCriterion(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x === y) return true;
  const setX = new Set(x.split(' '));
  const setY = new Set(y.split(' '));
  let shared = 0;
  for (const w of setX) if (setY.has(w)) shared++;
  const union = setX.size + setY.size - shared;
  return union > 0 && shared / union >= 0.85;
}

export type Merged<C extends Criterion> = { criteria: C[]; added: number; enriched: number };

/**
 * Criteria from an attached document merged into those already known: a criterion the page (or an
 * earlier document) already has is not added again, but lends what the page lacked — how it is
 * assessed, its level where the page left it unmarked, its category.
 */
export function mergeCriteria<C extends Criterion>(known: readonly C[], incoming: readonly C[]): Merged<C> {
  const criteria = [...known];
  let added = 0;
  let enriched = 0;
  for (const criterion of incoming) {
    const at = criteria.findIndex((c) => sameCriterion(c.text, criterion.text));
    if (at < 0) {
      criteria.push(criterion);
      added++;
      continue;
    }
    const existing = criteria[at]!;
    const better: C = {
      ...existing,
      ...(!existing.assessedBy?.length && criterion.assessedBy?.length ? { assessedBy: criterion.assessedBy } : {}),
      ...(existing.level === 'unspecified' && criterion.level !== 'unspecified' ? { level: criterion.level } : {}),
      ...(existing.category === null && criterion.category !== null ? { category: criterion.category } : {}),
    };
    if (JSON.stringify(better) !== JSON.stringify(existing)) {
      criteria[at] = better;
      enriched++;
    }
  }
  return { criteria, added, enriched };
}
