/**
 * The whole pipeline over a corpus of real JobPosting records (one JSON object a line, .jsonl or
 * .jsonl.gz): crashes, time per advert, specifications found by layout, and for adverts whose
 * description has Essential and Desirable heading lines, the share where both levels were extracted.
 *
 *   npm run eval:corpus -- ../shared/corpus/nhs-jobs-2020.jsonl.gz [--show-empty N] [--show ID] [--misses]
 *     [--limit N] [--extract-only (skip the matcher)]
 *
 * The corpus is for evaluation only: nothing from it is copied into the repository.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { readLines } from '../../../src/core/dom/element-lines';
import { descriptionFragment } from '../../../src/core/extract/sites/json-ld';
import { extractPosting } from '../../../src/core/extract/sites/extract-posting';
import { findPosting, type JobPosting } from '../../../src/core/extract/sites/job-posting';
import { matchSpec } from '../../../src/core/pipeline/match-spec';
import type { AnalysedSpec } from '../../../src/core/model/analysed-spec';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { formatMatcherCoverage, matcherCoverage } from './matcher-coverage';

type Args = {
  file: string;
  showEmpty: number;
  show: Set<string>;
  misses: boolean;
  limit: number;
  extractOnly: boolean;
};

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', showEmpty: 0, show: new Set(), misses: false, limit: Infinity, extractOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--show-empty') args.showEmpty = Number(argv[++i]);
    else if (arg === '--show') args.show.add(argv[++i]!);
    else if (arg === '--misses') args.misses = true;
    else if (arg === '--extract-only') args.extractOnly = true;
    else if (arg === '--limit') args.limit = Number(argv[++i]);
    else args.file = arg;
  }
  if (!args.file)
    throw new Error(
      'Usage: npm run eval:corpus -- <corpus.jsonl[.gz]> [--show-empty N] [--show ID] [--misses] [--limit N] [--extract-only]',
    );
  return args;
}

async function* records(file: string): AsyncGenerator<{ line: number; raw: string }> {
  const input = createReadStream(file);
  const lines = createInterface({
    input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input,
    crlfDelay: Infinity,
  });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim()) yield { line, raw };
  }
}

const HEADING_LINE = /^(?:[•·*-]\s*)?(essential|desirable)(?:\s+(?:criteria|requirements))?\s*[:;.\-–]*$/i;

/** Independent of the parser: does the description have an "Essential" and a "Desirable" heading line? */
function hasHeadingLines(doc: Document, posting: JobPosting): boolean {
  const seen = new Set<string>();
  for (const line of readLines(descriptionFragment(doc, posting.description))) {
    const match = HEADING_LINE.exec(line.text);
    if (match) seen.add(match[1]!.toLowerCase());
  }
  return seen.size === 2;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const ms = (n: number) => `${n.toFixed(2)} ms`;

function printSpec(id: string, posting: JobPosting, analysed: AnalysedSpec | null, doc: Document) {
  console.log(`\n── ${id}: ${String(posting.title ?? '')}`);
  if (!analysed || analysed.criteria.length === 0) {
    const text = readLines(descriptionFragment(doc, posting.description))
      .map((l) => l.text)
      .filter(Boolean);
    console.log(`   (no criteria) ${text.length} lines; first: ${text.slice(0, 3).join(' / ').slice(0, 300)}`);
    return;
  }
  for (const c of analysed.criteria) {
    const method = c.assessedBy?.length ? ` [${c.assessedBy.join('/')}]` : '';
    console.log(
      `   ${c.level.padEnd(11)} ${(c.category ?? '–').slice(0, 24).padEnd(24)} ${c.text.slice(0, 110)}${method}`,
    );
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as {
    document: Document;
  };
  const matcher = args.extractOnly ? null : defaultMatcher();

  let total = 0;
  let withSpec = 0;
  const crashes: string[] = [];
  const times: number[] = [];
  const extractTimes: number[] = [];
  const layouts = new Map<string, number>();
  const levels = { essential: 0, desirable: 0, unspecified: 0 };
  let withMethods = 0;
  let headingLines = 0;
  let headingBoth = 0;
  const headingMisses: string[] = [];
  const empty: { id: string; posting: JobPosting }[] = [];
  const coverageInput: { text: string; hits: AnalysedSpec['criteria'][number]['hits'] }[] = [];

  for await (const { line, raw } of records(args.file)) {
    if (total >= args.limit) break;
    total++;
    let id = `line ${line}`;
    try {
      const record = JSON.parse(raw) as Record<string, unknown>;
      id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : id;
      const posting = findPosting(record) ?? (record as JobPosting);
      const url = new URL(
        typeof record.url === 'string' && URL.canParse(record.url)
          ? record.url
          : `https://corpus.invalid/${encodeURIComponent(id)}`,
      );
      const started = performance.now();
      const extraction = extractPosting(document, posting, url, null);
      const extracted = performance.now();
      const analysed: AnalysedSpec = matcher
        ? matchSpec(extraction.spec, matcher)
        : { ...extraction.spec, criteria: extraction.spec.criteria.map((c) => ({ ...c, hits: [] })) };
      const done = performance.now();
      extractTimes.push(extracted - started);
      times.push(done - started);

      const criteria = analysed.criteria;
      if (criteria.length > 0) {
        withSpec++;
        for (const layout of extraction.layouts ?? []) layouts.set(layout, (layouts.get(layout) ?? 0) + 1);
        for (const c of criteria) {
          levels[c.level]++;
          if (c.assessedBy?.length) withMethods++;
          coverageInput.push({ text: c.text, hits: c.hits });
        }
      } else if (args.showEmpty > 0) {
        empty.push({ id, posting });
      }
      if (hasHeadingLines(document, posting)) {
        headingLines++;
        const both = criteria.some((c) => c.level === 'essential') && criteria.some((c) => c.level === 'desirable');
        if (both) headingBoth++;
        else headingMisses.push(id);
        if (!both && args.misses) printSpec(id, posting, analysed, document);
      }
      if (args.show.has(id)) printSpec(id, posting, analysed, document);
    } catch (error) {
      crashes.push(
        `${id}: ${error instanceof Error ? error.stack?.split('\n').slice(0, 3).join(' | ') : String(error)}`,
      );
    }
  }

  times.sort((a, b) => a - b);
  extractTimes.sort((a, b) => a - b);
  console.log(`Corpus: ${args.file}`);
  console.log(`Adverts: ${total}   crashes: ${crashes.length}`);
  for (const crash of crashes.slice(0, 10)) console.log(`  ✗ ${crash}`);
  console.log(
    `Time per advert (extract + match): p50 ${ms(percentile(times, 50))}, p90 ${ms(percentile(times, 90))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1) ?? 0)}`,
  );
  console.log(`  extract only: p50 ${ms(percentile(extractTimes, 50))}, p99 ${ms(percentile(extractTimes, 99))}`);
  console.log(`Person specification found: ${withSpec} of ${total} (${pct(withSpec, total)})`);
  console.log('  by layout (an advert can use several):');
  for (const [layout, count] of [...layouts].sort((a, b) => b[1] - a[1]))
    console.log(`    ${layout.padEnd(18)} ${count}`);
  const criteriaCount = levels.essential + levels.desirable + levels.unspecified;
  console.log(
    `Criteria: ${criteriaCount} (essential ${levels.essential}, desirable ${levels.desirable}, not marked ${levels.unspecified}); with an assessment method ${withMethods}`,
  );
  console.log(
    `Adverts with Essential and Desirable heading lines: ${headingLines}; both levels extracted in ${headingBoth} (${pct(headingBoth, headingLines)}, target ≥ 95%)`,
  );
  if (headingMisses.length > 0)
    console.log(`  missed: ${headingMisses.slice(0, 20).join(', ')}${headingMisses.length > 20 ? ', …' : ''}`);

  if (matcher) {
    console.log('');
    console.log(formatMatcherCoverage(matcherCoverage(coverageInput)));
  }

  if (args.showEmpty > 0) {
    console.log(
      `\nA sample of ${args.showEmpty} adverts where nothing was found (check by eye: no invented criteria):`,
    );
    const step = Math.max(1, Math.floor(empty.length / args.showEmpty));
    for (let i = 0; i < empty.length && i / step < args.showEmpty; i += step)
      printSpec(empty[i]!.id, empty[i]!.posting, null, document);
  }
  process.exitCode = crashes.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
