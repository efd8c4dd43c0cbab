import { formatMatcherBench, runMatcherBench } from './matcher-bench';

/** One benchmark: a name (the key in --json output), how to run it, how to print it. */
export type Bench<T> = { name: string; run: () => Promise<T>; format: (result: T) => string };

/** A benchmark whose result type no longer matters to the runner. */
const erase = <T>(bench: Bench<T>): Bench<unknown> => ({ ...bench, format: (result) => bench.format(result as T) });

/** Every benchmark `npm run bench` runs, in order; add browser measurements here. */
export const BENCHES: Array<Bench<unknown>> = [erase({ name: 'matcher', run: runMatcherBench, format: formatMatcherBench })];

/** npm run bench [-- --json] [-- --only NAME]: readable tables, or one JSON object with --json. */
async function main(argv: readonly string[]) {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const results: Record<string, unknown> = {};
  for (const bench of BENCHES) {
    if (only && bench.name !== only) continue;
    const result = await bench.run();
    results[bench.name] = result;
    if (!argv.includes('--json')) console.log(`${bench.format(result)}\n`);
  }
  if (argv.includes('--json')) console.log(JSON.stringify(results));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
