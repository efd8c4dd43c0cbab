import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { firstRecords } from './corpus/first-records';
import type { Pass } from './corpus/passes';
import { startPools, type WorkerPool } from './corpus/worker-pool';
import { progress } from './log';

const ROOT = join(import.meta.dirname, '../..');
/** The corpus of real adverts (evaluation only, never copied into the repository); NHSPS_CORPUS names another. */
export const CORPUS_FILE = process.env.NHSPS_CORPUS ?? join(ROOT, '../shared/corpus/nhs-jobs-2020.jsonl.gz');
/** The first this many adverts of the corpus are measured (NHSPS_CORPUS_LIMIT changes it), so the bench stays short. */
const LIMIT = Number(process.env.NHSPS_CORPUS_LIMIT ?? 2000);
/** Passes over the adverts per measure (issue 10: medians of at least 5 runs); the median pass counts. */
const ROUNDS = 5;
/**
 * Each worker runs its whole share once before timing: the matcher compiles the phrases it reaches on
 * first use, and a new thread's code is only fully optimised after a pass (200 adverts left the first
 * timed pass a third slower than the next).
 */
const WARMUP = Infinity;

export type CorpusBenchResult = {
  file: string;
  present: boolean;
  /** Adverts measured: the first `limit` records of the file. */
  adverts: number;
  limit: number;
  rounds: number;
  /** The DOM the pipeline parses into (the command line's). */
  dom: 'linkedom';
  /**
   * JSON record → posting → read (its description parsed into a DOM, read as free text, under the read
   * budget) → matched: adverts per second over the wall time of a pass, in one worker thread and in
   * `workers` threads (os.availableParallelism()), each over its share of the records.
   */
  oneWorker: {
    advertsPerSecond: number;
    perAdvertMs: { p50: number; p99: number; max: number };
    withCriteria: number;
    crashes: number;
    /**
     * CPU time of the process during the pass (every thread). Linux shares a busy machine between
     * sessions (autogroup), not threads: there N workers get the share one gets, and only this tells
     * the code's cost from the machine's.
     */
    cpuSecondsPerPass: number;
  } | null;
  nWorkers: { workers: number; advertsPerSecond: number; crashes: number; cpuSecondsPerPass: number } | null;
  /** For information (no longer a budget): JSON → posting → description parsed into a DOM, one worker. */
  parseOnlyAdvertsPerSecond: number | null;
  /** Pipeline time ÷ parse-only time, one worker. */
  pipelineVsParseOnly: number | null;
};

type Round = { wallMs: number; cpuMs: number; passes: Pass[] };

const medianRound = (rounds: Round[]) =>
  [...rounds].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(rounds.length / 2)]!;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * ROUNDS rounds, each one pass of every measure in turn (parse only and the pipeline in one worker,
 * the pipeline in N), so that a burst of load on a shared machine falls on all alike; the median of each.
 */
async function rounds(one: WorkerPool, many: WorkerPool): Promise<{ parse: Round; single: Round; spread: Round }> {
  const parse: Round[] = [];
  const single: Round[] = [];
  const spread: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    progress(
      `corpus: round ${i + 1} of ${ROUNDS}: parse only and the pipeline in 1 worker, the pipeline in ${many.size}`,
    );
    parse.push(await one.run('parse'));
    single.push(await one.run('pipeline'));
    spread.push(await many.run('pipeline'));
  }
  return { parse: medianRound(parse), single: medianRound(single), spread: medianRound(spread) };
}

/** The corpus through the pipeline in worker threads, 1 and N; skipped (nulls) without the file. */
export async function runCorpusBench(): Promise<CorpusBenchResult> {
  const near = relative(process.cwd(), CORPUS_FILE);
  const file = near.startsWith('../..') ? CORPUS_FILE : near;
  const skipped: CorpusBenchResult = {
    file,
    present: false,
    adverts: 0,
    limit: LIMIT,
    rounds: ROUNDS,
    dom: 'linkedom',
    oneWorker: null,
    nWorkers: null,
    parseOnlyAdvertsPerSecond: null,
    pipelineVsParseOnly: null,
  };
  if (!existsSync(CORPUS_FILE)) {
    progress(`corpus: ${file} not found, skipped`);
    return skipped;
  }
  progress(`corpus: reading the first ${LIMIT} adverts of ${file}`);
  const records = await firstRecords(CORPUS_FILE, LIMIT);
  const n = availableParallelism();
  progress(`corpus: starting 1 + ${n} worker threads (each warms up on its share)`);
  const [one, many] = (await startPools(records, [1, n], WARMUP)) as [WorkerPool, WorkerPool];
  try {
    const { parse, single, spread } = await rounds(one, many);
    const perSecond = (round: Round) => records.length / (round.wallMs / 1000);
    const pass = single.passes[0]!;
    const sorted = [...pass.perAdvert].sort((a, b) => a - b);
    return {
      ...skipped,
      present: true,
      adverts: records.length,
      oneWorker: {
        advertsPerSecond: perSecond(single),
        perAdvertMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 },
        withCriteria: pass.withCriteria,
        crashes: pass.crashes,
        cpuSecondsPerPass: single.cpuMs / 1000,
      },
      nWorkers: {
        workers: n,
        advertsPerSecond: perSecond(spread),
        crashes: spread.passes.reduce((sum, p) => sum + p.crashes, 0),
        cpuSecondsPerPass: spread.cpuMs / 1000,
      },
      parseOnlyAdvertsPerSecond: perSecond(parse),
      pipelineVsParseOnly: single.wallMs / parse.wallMs,
    };
  } finally {
    await Promise.all([one.close(), many.close()]);
  }
}
