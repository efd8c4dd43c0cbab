import { kb, ms, perSecond, times } from '../format/units';
import type { Headline } from './headline';
import { BUILT_TAXONOMY_FILE } from '../../../scripts/build/compiled-taxonomy';

/** One budget of issue 10 against its figure; `pass` is null when the figure was not measured. */
export type BudgetCheck = {
  what: string;
  budget: string;
  value: Headline[keyof Headline];
  shown: string;
  pass: boolean | null;
};

/** A figure reported beside the budgets, with no target of its own. */
export type Reported = { what: string; shown: string };

type Rule<K extends keyof Headline> = {
  what: string;
  budget: string;
  ok: (v: NonNullable<Headline[K]>) => boolean;
  show: (v: NonNullable<Headline[K]>) => string;
};

const KB = 1024;
const atMost = (limit: number) => (v: number) => v <= limit;
const atLeast = (limit: number) => (v: number) => v >= limit;

/** The budgets table of issue 10, in its order. */
const BUDGETS: { [K in keyof Headline]?: Rule<K> } = {
  contentScriptGzipBytes: { what: 'content script, gzipped', budget: '≤ 30 KB', ok: atMost(30 * KB), show: kb },
  longestTaskMs1x: {
    what: 'longest task the extension adds to the page, 1×',
    budget: '≤ 20 ms',
    ok: atMost(20),
    show: ms,
  },
  longestTaskMs100x: {
    what: 'longest task the extension adds to the page, 100×',
    budget: '≤ 20 ms',
    ok: atMost(20),
    show: ms,
  },
  highlightsMsCold: {
    what: 'highlights after DOMContentLoaded, background asleep',
    budget: '≤ 150 ms',
    ok: atMost(150),
    show: ms,
  },
  highlightsMsWarm: {
    what: 'highlights after DOMContentLoaded, background awake',
    budget: '≤ 50 ms',
    ok: atMost(50),
    show: ms,
  },
  popupReadyMs: { what: 'popup shows the report after it opens', budget: '≤ 150 ms', ok: atMost(150), show: ms },
  taxonomyFiles: {
    what: 'built files that carry the taxonomy',
    budget: `${BUILT_TAXONOMY_FILE} only (the background’s)`,
    ok: (files) => files.length === 1 && files[0] === BUILT_TAXONOMY_FILE,
    show: (files) => (files.length === 0 ? 'none' : files.join(', ')),
  },
  corpusAdvertsPerSecond1Worker: {
    what: 'corpus, whole pipeline, 1 worker',
    budget: '≥ 500/s',
    ok: atLeast(500),
    show: perSecond,
  },
  corpusAdvertsPerSecondNWorkers: {
    what: 'corpus, whole pipeline, N workers',
    budget: '≥ 500/s',
    ok: atLeast(500),
    show: perSecond,
  },
};

/** Every budget, passed or not, by figure: the bench reports them and never fails on one. */
export function checkBudgets(figures: Headline): Record<string, BudgetCheck> {
  const checks: Record<string, BudgetCheck> = {};
  for (const [figure, rule] of Object.entries(BUDGETS) as Array<[keyof Headline, Rule<keyof Headline>]>) {
    const value = figures[figure];
    const measured = value !== null;
    checks[figure] = {
      what:
        figure === 'corpusAdvertsPerSecondNWorkers'
          ? rule.what.replace('N', String(figures.corpusWorkers ?? 'N'))
          : rule.what,
      budget: rule.budget,
      value,
      shown: measured ? rule.show(value as never) : '–',
      pass: measured ? rule.ok(value as never) : null,
    };
  }
  return checks;
}

/** The figures kept for information: the ratios against the peers, and what the budgets no longer cover. */
export function reportedFigures(figures: Headline): Reported[] {
  return [
    { what: 'mark.js ÷ our in-page pipeline, same page and phrases', shown: times(figures.vsMarkJs) },
    { what: 'one RegExp per phrase ÷ our matcher, same texts', shown: times(figures.vsNaiveRegex) },
    { what: 'in-page pipeline, 1× (read + match + compare + paint)', shown: ms(figures.pipelineMsMedian) },
    {
      what: 'corpus, parse only (the retired ratio’s floor), 1 worker',
      shown: perSecond(figures.corpusParseOnlyAdvertsPerSecond),
    },
    { what: 'background script, gzipped', shown: kb(figures.backgroundGzipBytes) },
    { what: 'popup, loaded at once, gzipped', shown: kb(figures.popupGzipBytes) },
  ];
}
