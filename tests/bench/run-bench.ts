import { loadavg } from 'node:os';
import { runBrowserBench, type BrowserBenchResult } from './browser-bench';
import { runCorpusBench, type CorpusBenchResult } from './corpus-bench';
import { runExtensionBench, type ExtensionBenchResult } from './extension-bench';
import { collectGarbage } from './collect-garbage';
import { formatBrowserBench } from './format/browser-table';
import { formatCorpusBench } from './format/corpus-table';
import { formatExtensionBench } from './format/extension-table';
import { formatSummary } from './format/summary-table';
import { progress } from './log';
import { formatMatcherBench, runMatcherBench } from './matcher-bench';
import { checkBudgets, reportedFigures } from './summary/budgets';
import { headline } from './summary/headline';
import { machine } from './summary/machine';

/** One benchmark: a name (the key in --json output), how to run it, how to print it. */
export type Bench<T> = { name: string; run: () => Promise<T>; format: (result: T) => string };

/** A benchmark whose result type no longer matters to the runner. */
const erase = <T>(bench: Bench<T>): Bench<unknown> => ({ ...bench, format: (result) => bench.format(result as T) });

/** Every benchmark `npm run bench` runs, in order; `build: false` (--no-build) reuses the last extension builds. */
export const benches = ({ build = true } = {}): Array<Bench<unknown>> => [
  erase({ name: 'matcher', run: runMatcherBench, format: formatMatcherBench }),
  erase({ name: 'browser', run: runBrowserBench, format: formatBrowserBench }),
  erase({ name: 'extension', run: () => runExtensionBench({ build }), format: formatExtensionBench }),
  erase({ name: 'corpus', run: runCorpusBench, format: formatCorpusBench }),
];

/**
 * npm run bench [-- --json] [-- --only NAME] [-- --no-build]: readable tables and a summary against
 * issue 10's budgets, or with --json one JSON object on stdout (progress goes to stderr). A missed
 * budget is reported, never an exit status; a benchmark that breaks is, after the others have run.
 */
async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const list = benches({ build: !argv.includes('--no-build') });
  if (argv.includes('--only') && !list.some((b) => b.name === only)) {
    console.error(`--only takes one of: ${list.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const loadBefore = loadavg();
  const started = performance.now();
  const results: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const bench of list) {
    if (only && bench.name !== only) continue;
    progress(`${bench.name}: start`);
    collectGarbage();
    try {
      const result = await bench.run();
      results[bench.name] = result;
      if (!json) console.log(`${bench.format(result)}\n`);
    } catch (error) {
      errors[bench.name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`${bench.name} failed: ${errors[bench.name]}`);
    }
  }
  const ran = results as { browser?: BrowserBenchResult; extension?: ExtensionBenchResult; corpus?: CorpusBenchResult };
  const figures = headline(ran);
  const budgets = checkBudgets(figures);
  const reported = reportedFigures(figures);
  const where = machine(ran.browser?.chromium ?? ran.extension?.chromium ?? null, loadBefore);
  const wallSeconds = (performance.now() - started) / 1000;
  progress(`done in ${wallSeconds.toFixed(0)} s`);
  if (json) {
    console.log(
      JSON.stringify({
        ...figures,
        budgets,
        machine: where,
        wallSeconds,
        ...results,
        ...(Object.keys(errors).length ? { errors } : {}),
      }),
    );
  } else {
    console.log(formatSummary(budgets, reported, where));
  }
  return Object.keys(errors).length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
