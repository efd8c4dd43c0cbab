import type { BrowserBenchResult } from '../browser-bench';
import { kb, ms, times } from './units';
import { table } from './table';

/** The pipeline per page size and stage in Chromium, the cold start, and the peers on the 1× page. */
export function formatBrowserBench(r: BrowserBenchResult): string {
  const one = r.scales.find((s) => s.scale === 1)!;
  const stages = table(
    `In-page pipeline in Chromium ${r.chromium}, one page, no messaging (medians; total: of whole runs, not the sum)`,
    [
      ['page', 'size', 'criteria', 'hits', 'extract', 'match', 'compare', 'highlight', 'total', 'runs', '÷ 1×'],
      ...r.scales.map((s) => [
        `${s.scale}×`,
        kb(s.pageBytes),
        String(s.criteria),
        String(s.hits),
        ms(s.medians.extract),
        ms(s.medians.match),
        ms(s.medians.compare),
        ms(s.medians.highlight),
        ms(s.medians.total),
        String(s.runs),
        times(s.medians.total / one.medians.total),
      ]),
    ],
  );
  const first = r.cold.firstRun;
  const cold = table('First analysis on a fresh 1× page, in the page (the extension indexes in its background)', [
    ['evaluate the bundle (taxonomy definitions included)', ms(r.cold.evaluatedMs)],
    ['index the taxonomy', ms(r.cold.indexMs)],
    [
      'first run: extract / match (compiles what it reaches) / compare / highlight',
      `${ms(first.extract)} / ${ms(first.match)} / ${ms(first.compare)} / ${ms(first.highlight)}`,
    ],
    ['first run: total', ms(first.total)],
  ]);
  const peers = table('Peers on the 1× page, same terms', [
    [
      `mark.js, ${r.markJs.terms} phrases into the criterion elements (${r.markJs.runs} run)`,
      `${ms(r.markJs.ms)}  ${r.markJs.marks} marks`,
    ],
    ['  ÷ our whole pipeline (extract + match + compare + highlight)', times(r.markJs.ms / one.medians.total)],
    [
      `one RegExp per phrase (${r.naive.regexes}), ${r.naive.criteria} criterion texts (median of ${r.naive.runs})`,
      `${ms(r.naive.ms)}  ${r.naive.found} matches`,
    ],
    ['our matcher, the same texts', ms(r.naive.oursMs)],
    ['  naive ÷ our matcher', times(r.naive.ms / r.naive.oursMs)],
    ['  naive ÷ our whole pipeline', times(r.naive.ms / one.medians.total)],
  ]);
  return [stages, cold, peers].join('\n\n');
}
