import { kb, ms, perSecond, times } from '../format/units';
import type { Headline } from './headline';

/** One budget of issue 6 against its figure; `pass` is null when the figure was not measured. */
export type BudgetCheck = {
  figure: keyof Headline;
  what: string;
  budget: string;
  value: number | null;
  shown: string;
  pass: boolean | null;
};

const KB = 1024;

const BUDGETS: ReadonlyArray<{
  figure: keyof Headline;
  what: string;
  budget: string;
  ok: (v: number) => boolean;
  show: (v: number) => string;
}> = [
  {
    figure: 'pipelineMsMedian',
    what: '1× advert in Chromium: extract + match + highlight',
    budget: '≤ 10 ms',
    ok: (v) => v <= 10,
    show: ms,
  },
  {
    figure: 'vsMarkJs',
    what: 'mark.js ÷ ours, same page and phrases',
    budget: '≥ 10×',
    ok: (v) => v >= 10,
    show: times,
  },
  {
    figure: 'vsNaiveRegex',
    what: 'one RegExp per phrase ÷ ours, same texts',
    budget: '≥ 20×',
    ok: (v) => v >= 20,
    show: times,
  },
  { figure: 'scaling100x', what: '100× page ÷ 1× page', budget: '≤ 120×', ok: (v) => v <= 120, show: times },
  {
    figure: 'longestTaskMs',
    what: 'longest task with our script, 100× page',
    budget: '≤ 50 ms',
    ok: (v) => v <= 50,
    show: ms,
  },
  {
    figure: 'contentScriptGzipBytes',
    what: 'content script, gzipped, taxonomy included',
    budget: '≤ 60 KB',
    ok: (v) => v <= 60 * KB,
    show: kb,
  },
  {
    figure: 'corpusAdvertsPerSecond',
    what: 'corpus, whole pipeline',
    budget: '≥ 500/s',
    ok: (v) => v >= 500,
    show: perSecond,
  },
  {
    figure: 'corpusVsParseOnly',
    what: 'corpus, pipeline time ÷ parse-only time',
    budget: '≤ 1.5×',
    ok: (v) => v <= 1.5,
    show: times,
  },
];

/** Every budget, passed or not: the bench reports them and never fails on one. */
export function checkBudgets(figures: Headline): BudgetCheck[] {
  return BUDGETS.map(({ figure, what, budget, ok, show }) => {
    const value = figures[figure];
    return {
      figure,
      what,
      budget,
      value,
      shown: value === null ? '–' : show(value),
      pass: value === null ? null : ok(value),
    };
  });
}
