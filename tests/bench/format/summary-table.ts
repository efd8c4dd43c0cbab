import type { BudgetCheck } from '../summary/budgets';
import type { Machine } from '../summary/machine';
import { table } from './table';

const verdict = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? 'pass' : 'FAIL');

/** The headline figures against issue 6's budgets, and where they were measured. */
export function formatSummary(checks: readonly BudgetCheck[], where: Machine): string {
  const title = `Summary: budgets of issue 6 (${where.cores} cores, ${where.cpu}, Node ${where.node.slice(1)}, Chromium ${where.chromium ?? '–'})`;
  return table(title, [
    ['figure', 'measured', 'budget', 'result'],
    ...checks.map((c) => [c.what, c.shown, c.budget, verdict(c.pass)]),
  ]);
}
