import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { descriptionFragment, extractPosting } from '../../src/core/extract/sites/json-ld';
import { findPosting, type JobPosting } from '../../src/core/extract/sites/job-posting';
import { matchSpec } from '../../src/core/pipeline/match-spec';
import { defaultMatcher } from '../../src/core/taxonomy/default-matcher';
import { firstRecords } from './corpus/first-records';
import { progress } from './log';

const ROOT = join(import.meta.dirname, '../..');
/** The corpus of real adverts (evaluation only, never copied into the repository); NHSPS_CORPUS names another. */
export const CORPUS_FILE = process.env.NHSPS_CORPUS ?? join(ROOT, '../shared/corpus/nhs-jobs-2020.jsonl.gz');
/** The first this many adverts of the corpus are measured (NHSPS_CORPUS_LIMIT changes it), so the bench stays short. */
const LIMIT = Number(process.env.NHSPS_CORPUS_LIMIT ?? 2000);
/** Passes over the adverts, pipeline and parse-only in alternation; the median pass of each counts. */
const ROUNDS = 3;
/** Adverts run through both before timing (the matcher compiles the variants it reaches on first use). */
const WARMUP = 200;

export type CorpusBenchResult = {
  file: string;
  present: boolean;
  /** Adverts measured: the first `limit` records of the file. */
  adverts: number;
  limit: number;
  rounds: number;
  /** The DOM both passes parse into (the command line's). */
  dom: 'linkedom';
  /** JSON record → posting → extraction (its description parsed into a DOM, read as free text) → matching. */
  pipelineAdvertsPerSecond: number | null;
  /** JSON record → posting → its description parsed into a DOM (the pipeline's own parse), nothing more. */
  parseOnlyAdvertsPerSecond: number | null;
  /** Pipeline time ÷ parse-only time, same adverts, same run (1 would be free extraction and matching). */
  pipelineVsParseOnly: number | null;
  /** Per advert in the median pipeline pass, milliseconds. */
  perAdvertMs: { p50: number; p99: number; max: number } | null;
  withCriteria: number | null;
  crashes: number | null;
};

type Pass = { ms: number; perAdvert: number[]; withCriteria: number; crashes: number };

const blankDocument = () =>
  (parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as { document: Document }).document;

function posting(raw: string, index: number): { posting: JobPosting; url: URL } {
  const record = JSON.parse(raw) as Record<string, unknown>;
  const found = findPosting(record) ?? (record as JobPosting);
  const url =
    typeof record.url === 'string' && URL.canParse(record.url) ? record.url : `https://corpus.invalid/${index}`;
  return { posting: found, url: new URL(url) };
}

/** One pass of the whole pipeline (extract → match), as the command line runs it on JobPosting records. */
function pipelinePass(doc: Document, records: readonly string[]): Pass {
  const matcher = defaultMatcher();
  const perAdvert: number[] = [];
  let withCriteria = 0;
  let crashes = 0;
  const started = performance.now();
  records.forEach((raw, i) => {
    const t = performance.now();
    try {
      const { posting: p, url } = posting(raw, i);
      const analysed = matchSpec(extractPosting(doc, p, url, null).spec, matcher);
      if (analysed.criteria.length > 0) withCriteria++;
    } catch {
      crashes++;
    }
    perAdvert.push(performance.now() - t);
  });
  return { ms: performance.now() - started, perAdvert, withCriteria, crashes };
}

/** One pass that only parses each advert's description into a DOM, the way the pipeline does. */
function parseOnlyPass(doc: Document, records: readonly string[]): Pass {
  let crashes = 0;
  let nodes = 0;
  const started = performance.now();
  records.forEach((raw, i) => {
    try {
      const { posting: p } = posting(raw, i);
      if (descriptionFragment(doc, p.description).firstChild) nodes++;
    } catch {
      crashes++;
    }
  });
  return { ms: performance.now() - started, perAdvert: [], withCriteria: nodes, crashes };
}

const medianBy = <T>(xs: T[], key: (x: T) => number) =>
  [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)]!;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** The corpus: the whole pipeline against parsing alone, adverts per second; skipped (nulls) without the file. */
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
    pipelineAdvertsPerSecond: null,
    parseOnlyAdvertsPerSecond: null,
    pipelineVsParseOnly: null,
    perAdvertMs: null,
    withCriteria: null,
    crashes: null,
  };
  if (!existsSync(CORPUS_FILE)) {
    progress(`corpus: ${file} not found, skipped`);
    return skipped;
  }
  progress(`corpus: reading the first ${LIMIT} adverts of ${file}`);
  const records = await firstRecords(CORPUS_FILE, LIMIT);
  const doc = blankDocument();
  pipelinePass(doc, records.slice(0, WARMUP));
  parseOnlyPass(doc, records.slice(0, WARMUP));
  const pipeline: Pass[] = [];
  const parseOnly: Pass[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    progress(`corpus: round ${round} of ${ROUNDS} (${records.length} adverts, parse-only then pipeline)`);
    parseOnly.push(parseOnlyPass(doc, records));
    pipeline.push(pipelinePass(doc, records));
  }
  const full = medianBy(pipeline, (p) => p.ms);
  const parse = medianBy(parseOnly, (p) => p.ms);
  const sorted = [...full.perAdvert].sort((a, b) => a - b);
  return {
    ...skipped,
    present: true,
    adverts: records.length,
    pipelineAdvertsPerSecond: records.length / (full.ms / 1000),
    parseOnlyAdvertsPerSecond: records.length / (parse.ms / 1000),
    pipelineVsParseOnly: full.ms / parse.ms,
    perAdvertMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 },
    withCriteria: full.withCriteria,
    crashes: full.crashes,
  };
}
