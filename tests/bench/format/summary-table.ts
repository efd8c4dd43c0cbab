import type { BudgetCheck, Reported } from '../summary/budgets';
import type { Machine } from '../summary/machine';
import { table } from './table';

const verdict = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? 'pass' : 'FAIL');
const load = (l: readonly number[] | undefined) => (l ? l.map((x) => x.toFixed(1)).join(' ') : '–');

/** The headline figures against issue 10's budgets, the figures kept for information, and where. */
export function formatSummary(
  checks: Record<string, BudgetCheck>,
  reported: readonly Reported[],
  where: Machine,
): string {
  const title =
    `Summary: budgets of issue 10 (${where.cores} cores, ${where.cpu}, Node ${where.node.slice(1)}, ` +
    `Chromium ${where.chromium ?? '–'}; load average ${load(where.loadBefore)} before, ${load(where.loadAfter)} after)`;
  const budgets = table(title, [
    ['figure', 'measured', 'budget', 'result'],
    ...Object.values(checks).map((c) => [c.what, c.shown, c.budget, verdict(c.pass)]),
  ]);
  const info = table(
    'Reported, no budget',
    reported.map((r) => [r.what, r.shown]),
  );
  return `${budgets}\n\n${info}`;
}
