import type { CorpusBenchResult } from '../corpus-bench';
import { ms, perSecond, times } from './units';
import { table } from './table';

const cpu = (seconds: number) => `${seconds.toFixed(1)} s`;

/** Corpus throughput in worker threads, and parsing alone for information. */
export function formatCorpusBench(r: CorpusBenchResult): string {
  if (!r.present || !r.oneWorker || !r.nWorkers) return `Corpus: ${r.file} not found, skipped`;
  const one = r.oneWorker;
  return table(
    `Corpus: the first ${r.adverts} adverts of ${r.file}, in Node worker threads (${r.dom}), median of ${r.rounds} passes`,
    [
      ['whole pipeline (JSON → posting → read → match), 1 worker', perSecond(one.advertsPerSecond)],
      [
        '  per advert: p50 / p99 / max',
        `${ms(one.perAdvertMs.p50)} / ${ms(one.perAdvertMs.p99)} / ${ms(one.perAdvertMs.max)}`,
      ],
      ['  adverts with criteria / crashes', `${one.withCriteria} / ${one.crashes}`],
      ['  CPU time of the process during the pass', cpu(one.cpuSecondsPerPass)],
      [
        `whole pipeline, ${r.nWorkers.workers} workers (records dealt round-robin)`,
        perSecond(r.nWorkers.advertsPerSecond),
      ],
      ['  CPU time of the process during the pass', cpu(r.nWorkers.cpuSecondsPerPass)],
      ['parse only (JSON → posting → description into a DOM), 1 worker', perSecond(r.parseOnlyAdvertsPerSecond)],
      ['  pipeline time ÷ parse-only time (no longer a budget)', times(r.pipelineVsParseOnly)],
    ],
  );
}
