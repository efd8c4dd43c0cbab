import type { CorpusBenchResult } from '../corpus-bench';
import { ms, perSecond, times } from './units';
import { table } from './table';

/** Corpus throughput: the whole pipeline against parsing alone. */
export function formatCorpusBench(r: CorpusBenchResult): string {
  if (!r.present) return `Corpus: ${r.file} not found, skipped`;
  return table(
    `Corpus: the first ${r.adverts} adverts of ${r.file}, in Node (${r.dom}), median of ${r.rounds} passes each`,
    [
      ['whole pipeline (JSON → posting → extract → match)', perSecond(r.pipelineAdvertsPerSecond)],
      [
        '  per advert: p50 / p99 / max',
        `${ms(r.perAdvertMs!.p50)} / ${ms(r.perAdvertMs!.p99)} / ${ms(r.perAdvertMs!.max)}`,
      ],
      ['  adverts with criteria / crashes', `${r.withCriteria} / ${r.crashes}`],
      ['parse only (JSON → posting → description into a DOM)', perSecond(r.parseOnlyAdvertsPerSecond)],
      ['pipeline time ÷ parse-only time', times(r.pipelineVsParseOnly)],
    ],
  );
}
