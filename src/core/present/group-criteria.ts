import type { Level } from '../model/criterion';
import type { CriterionReport } from '../model/report';

export type CriteriaGroup = { category: string; levels: Array<{ level: Level; items: CriterionReport[] }> };

const LEVEL_ORDER: readonly Level[] = ['essential', 'desirable', 'unspecified'];

/** Criteria by category (in the advert's order), then essential before desirable. */
export function groupCriteria(criteria: readonly CriterionReport[]): CriteriaGroup[] {
  const byCategory = new Map<string, CriterionReport[]>();
  for (const item of criteria) {
    const category = item.criterion.category ?? 'Other criteria';
    const list = byCategory.get(category) ?? [];
    list.push(item);
    byCategory.set(category, list);
  }
  return [...byCategory].map(([category, items]) => ({
    category,
    levels: LEVEL_ORDER.map((level) => ({ level, items: items.filter((i) => i.criterion.level === level) })).filter(
      (l) => l.items.length > 0,
    ),
  }));
}
