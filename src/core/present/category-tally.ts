import type { CriterionReport, CriterionStatus } from '../model/report';
import { STATUS_LABELS } from './status-labels';

/** `text` is what is shown; `where` (blockers only) says they are listed above, for screen readers too. */
export type TallyPart = { key: CriterionStatus | 'blocker'; symbol: string; text: string; where?: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const WORDS: Record<TallyPart['key'], (n: number) => string> = {
  met: (n) => `${n} met`,
  'not-evidenced': (n) => `${n} no example yet`,
  partial: (n) => `${n} partly met`,
  blocker: (n) => plural(n, 'blocker'),
  missing: (n) => `${n} missing`,
  'not-a-skill': (n) => `${n} to check yourself`,
};
const ORDER: readonly TallyPart['key'][] = ['met', 'not-evidenced', 'partial', 'blocker', 'missing', 'not-a-skill'];

/**
 * One group of criteria (a category) in a line: how many are met, partly met, missing… Blockers are
 * counted apart, as they are listed first, above the categories.
 */
export function tallyCriteria(items: readonly CriterionReport[], blockerIds: ReadonlySet<string>): TallyPart[] {
  const counts = new Map<TallyPart['key'], number>();
  for (const item of items) {
    const key = blockerIds.has(item.criterion.id) ? 'blocker' : item.status;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return ORDER.filter((key) => counts.has(key)).map((key) => ({
    key,
    symbol: STATUS_LABELS[key === 'blocker' ? 'missing' : key].symbol,
    text: WORDS[key](counts.get(key)!),
    ...(key === 'blocker' ? { where: 'listed above' } : {}),
  }));
}
