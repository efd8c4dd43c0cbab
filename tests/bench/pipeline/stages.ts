import { compareWithProfile } from '../../../src/core/compare/compare';
import { planHighlights } from '../../../src/content/highlight/highlight-plan';
import { createMarkLayer } from '../../../src/content/highlight/mark-layer';
import { planRanges } from '../../../src/content/highlight/plan-ranges';
import { withSkills } from '../../../src/core/pipeline/analyse-page';
import { matchSpec } from '../../../src/core/pipeline/match-spec';
import { readPage } from '../../../src/core/pipeline/read-page';
import type { Profile } from '../../../src/core/model/profile';
import type { Matcher } from '../../../src/core/taxonomy/compile';

/** One run of the content script's pipeline over a page, stage by stage (milliseconds). */
export type StageTimes = { extract: number; match: number; compare: number; highlight: number; total: number };
export type StageRun = { times: StageTimes; criteria: number; hits: number; ranges: number; undo: () => void };

const STAGES = ['extract', 'match', 'compare', 'highlight', 'total'] as const;

/**
 * The pipeline of an advert in one page, timed stage by stage: extraction (page → person
 * specification), matching (criteria → skills), comparison with the profile (which decides each
 * mark's kind) and highlighting (ranges in the visible copy, drawn in the mark overlay). The extension
 * splits it (the page reads and paints, its background matches and compares); this is the algorithmic
 * cost, without messaging, for the comparison with mark.js. `paint: false` stops before painting, for
 * DOMs without layout (Node).
 */
export function runStages(doc: Document, url: URL, matcher: Matcher, profile: Profile, paint = true): StageRun {
  const t0 = performance.now();
  const read = readPage(doc, url);
  const t1 = performance.now();
  const analysis = withSkills(read, matchSpec(read.spec, matcher));
  const t2 = performance.now();
  const report = compareWithProfile(analysis.analysed, profile, matcher.skills);
  const t3 = performance.now();
  let ranges = 0;
  let undo = () => {};
  if (paint) {
    const planned = planRanges(doc, planHighlights(report), analysis.anchors, analysis.spans);
    ranges = Object.values(planned).reduce((n, list) => n + list.length, 0);
    const layer = createMarkLayer(doc);
    layer.paint(planned);
    undo = () => layer.remove();
  }
  const t4 = performance.now();
  return {
    times: { extract: t1 - t0, match: t2 - t1, compare: t3 - t2, highlight: t4 - t3, total: t4 - t0 },
    criteria: analysis.analysed.criteria.length,
    hits: analysis.analysed.criteria.reduce((n, c) => n + c.hits.length, 0),
    ranges,
    undo,
  };
}

export type StageMedians = { medians: StageTimes; runs: number; criteria: number; hits: number; ranges: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Medians per stage (and of the totals) of `runs` runs after `warmup` runs; each run's marks are
 * removed before the next.
 */
export function medianStages(run: () => StageRun, { warmup = 5, runs = 21 } = {}): StageMedians {
  for (let i = 0; i < warmup; i++) run().undo();
  const samples: StageTimes[] = [];
  let last: StageRun | undefined;
  for (let i = 0; i < runs; i++) {
    last = run();
    samples.push(last.times);
    last.undo();
  }
  const medians = Object.fromEntries(STAGES.map((s) => [s, median(samples.map((t) => t[s]))])) as StageTimes;
  return { medians, runs, criteria: last!.criteria, hits: last!.hits, ranges: last!.ranges };
}

/**
 * Median time of `run` over `runs` runs after `warmup` runs, with `reset` (untimed) between runs,
 * not after the last.
 */
export function medianOf(run: () => void, reset: () => void, { warmup = 1, runs = 3 } = {}): number {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    if (i > 0) reset();
    const t = performance.now();
    run();
    if (i >= warmup) times.push(performance.now() - t);
  }
  return median(times);
}
