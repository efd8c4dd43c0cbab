import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { matchText } from '../../src/core/match/match-text';
import type { SkillDefinition, Variant } from '../../src/core/model/skill';
import { naiveMatcher } from './naive-matcher';
import { compileAll, compileTaxonomy, type Matcher } from '../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../src/core/taxonomy/stop-phrases';
import { PROFESSIONS } from '../fixtures/criteria';
import { progress } from './log';

export type Timing = { medianMs: number; runs: number };

export type MatcherBenchResult = {
  taxonomy: { skills: number; phrases: number; trieNodes: number };
  advert: { criteria: number; bytes: number };
  matcher: { perAdvertMs: number; throughputMBps: number };
  naive: { regexes: number; perAdvertMs: number; throughputMBps: number };
  /** How many times faster the trie walk is than one RegExp per phrase, same adverts, same run. */
  speedup: number;
  /** The same adverts against a synthetic taxonomy ten times larger. */
  scaling: { syntheticPhrases: number; perAdvertMs: number; ratio: number };
  /**
   * What the background pays before its first answer when it wakes, in a fresh process: indexing the taxonomy,
   * then matching one advert (which compiles the variants its words can reach); and compiling the
   * whole taxonomy warm, for the real and the ten-times taxonomy.
   */
  compile: { coldIndexMs: number; coldFirstAdvertMs: number; warmAllMs: number; syntheticWarmAllMs: number };
  /** What compiling at build time would cost and save: the compiled trie shipped as data. */
  buildTime: { sourceGzipBytes: number; compiledGzipBytes: number; loadMs: number };
};

const ROOT = join(import.meta.dirname, '../..');
const ADVERT_SIZE = 40;

/** Median after a warm-up: repeats `run` until `budgetMs` is spent (at least `minRuns` times). */
export function measure(run: () => void, { warmup = 3, minRuns = 7, budgetMs = 1500 } = {}): Timing {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < budgetMs) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
    if (times.length >= 1000) break;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, runs: times.length };
}

/**
 * Adverts made of the project's labelled criteria (no corpus text): every criterion once, cut into
 * adverts of forty criteria, about the size of a real person specification.
 */
export function benchAdverts(): string[][] {
  const all = PROFESSIONS.flatMap((p) => [...p.criteria, ...p.heldOut, ...p.unseen].map(([text]) => text));
  const adverts: string[][] = [];
  for (let i = 0; i + ADVERT_SIZE <= all.length; i += ADVERT_SIZE) adverts.push(all.slice(i, i + ADVERT_SIZE));
  return adverts;
}

/**
 * Ten times the phrases: nine copies of every skill whose phrases share the real first words and
 * go one word further ("clinical audit zq3"), as a larger taxonomy would grow from the same language.
 */
export function syntheticTaxonomy(definitions: readonly SkillDefinition[], factor = 10): SkillDefinition[] {
  const copy = (d: SkillDefinition, k: number): SkillDefinition => {
    const grow = (v: Variant): Variant => (typeof v === 'string' ? `${v} zq${k}` : { ...v, text: `${v.text} zq${k}` });
    return {
      ...d,
      id: `${d.id}-copy${k}`,
      implies: [],
      broader: [],
      variants: d.variants.map(grow),
      abbreviations: (d.abbreviations ?? []).map(grow),
    };
  };
  return [
    ...definitions,
    ...Array.from({ length: factor - 1 }, (_, k) => definitions.map((d) => copy(d, k + 1))).flat(),
  ];
}

/** Medians of two alternatives timed in alternation, so that a busy machine slows both alike. */
export function measurePair(a: () => void, b: () => void, { warmup = 3, runs = 31 } = {}): [Timing, Timing] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    ta.push(performance.now() - t);
    t = performance.now();
    b();
    tb.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [
    { medianMs: median(ta), runs },
    { medianMs: median(tb), runs },
  ];
}

const perAdvert = (adverts: readonly string[][], match: (text: string) => unknown) => () => {
  for (const advert of adverts) for (const text of advert) match(text);
};

/** In a fresh Node process (median of three): index the taxonomy, then match one advert. */
function coldStart(advert: readonly string[]): { indexMs: number; firstAdvertMs: number } {
  const module = (path: string) => JSON.stringify(join(ROOT, path));
  const script = `
    const { compileTaxonomy } = await import(${module('src/core/taxonomy/compile.ts')});
    const { matchText } = await import(${module('src/core/match/match-text.ts')});
    const { TAXONOMY } = await import(${module('src/core/taxonomy/skills/index.ts')});
    const { STOP_PHRASES } = await import(${module('src/core/taxonomy/stop-phrases.ts')});
    const advert = ${JSON.stringify(advert)};
    const t0 = performance.now();
    const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
    const t1 = performance.now();
    for (const text of advert) matchText(matcher, text);
    console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`;
  const runs = [0, 1, 2].map(
    () =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: ROOT,
          encoding: 'utf8',
        }),
      ) as [number, number],
  );
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  return { indexMs: median(runs.map((r) => r[0])), firstAdvertMs: median(runs.map((r) => r[1])) };
}

/** The compiled trie as data: words, edges and terminals, JSON. */
function serialise(matcher: Matcher): string {
  const { trie } = matcher;
  const edges: number[] = [];
  for (let i = 0; i < trie.table.node.length; i++) {
    if (trie.table.node[i]! >= 0) edges.push(trie.table.node[i]!, trie.table.word[i]!, trie.table.child[i]!);
  }
  const ends: unknown[] = [];
  trie.ends.forEach((list, node) => {
    if (list)
      ends.push([
        node,
        list.map((t) => [t.skillId, t.variant, t.exactCase, t.rule.needs, t.rule.unless, t.rule.window]),
      ]);
  });
  return JSON.stringify({ words: [...trie.words.keys()], edges, ends });
}

function taxonomySourceBytes(): number {
  const dir = join(ROOT, 'src/core/taxonomy/skills');
  const sources = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
  sources.push(
    readFileSync(join(ROOT, 'src/core/taxonomy/specialties.ts'), 'utf8'),
    readFileSync(join(ROOT, 'src/core/taxonomy/stop-phrases.ts'), 'utf8'),
  );
  return gzipSync(sources.join('\n')).length;
}

export async function runMatcherBench(): Promise<MatcherBenchResult> {
  const adverts = benchAdverts();
  const bytes = adverts.flat().reduce((n, t) => n + Buffer.byteLength(t), 0);
  const matcher = compileAll(compileTaxonomy(TAXONOMY, STOP_PHRASES));
  const mb = bytes / 1e6;

  progress('matcher: the real and a ten-times taxonomy, same adverts, in alternation');
  const synthetic = syntheticTaxonomy(TAXONOMY);
  const big = compileAll(compileTaxonomy(synthetic, STOP_PHRASES));
  const [fast, scaled] = measurePair(
    perAdvert(adverts, (t) => matchText(matcher, t)),
    perAdvert(adverts, (t) => matchText(big, t)),
    { warmup: 3, runs: 21 },
  );

  progress('matcher: one RegExp per phrase');
  const naive = naiveMatcher(TAXONOMY);
  // About a second an advert: one advert, three timed runs, is enough to tell a ratio in the hundreds.
  const slow = measure(perAdvert(adverts.slice(0, 1), naive), { warmup: 1, minRuns: 3, budgetMs: 0 });
  const slowPerAdvert = slow.medianMs;

  progress('matcher: compiling everything, warm');
  const warm = measure(() => compileAll(compileTaxonomy(TAXONOMY, STOP_PHRASES)), {
    warmup: 1,
    minRuns: 5,
    budgetMs: 0,
  });
  const syntheticWarm = measure(() => compileAll(compileTaxonomy(synthetic, STOP_PHRASES)), {
    warmup: 1,
    minRuns: 3,
    budgetMs: 0,
  });
  progress('matcher: a fresh process indexing the taxonomy (3 processes)');
  const cold = coldStart(adverts[0]!);

  const serialised = serialise(matcher);
  const load = measure(() => JSON.parse(serialised), { warmup: 2, minRuns: 5, budgetMs: 1000 });

  const perAdvertMs = fast.medianMs / adverts.length;
  return {
    taxonomy: { skills: matcher.skills.size, phrases: matcher.compiled, trieNodes: matcher.trie.size },
    advert: { criteria: ADVERT_SIZE, bytes: Math.round(bytes / adverts.length) },
    matcher: { perAdvertMs, throughputMBps: mb / (fast.medianMs / 1000) },
    naive: {
      regexes: (naive as unknown as { size: number }).size,
      perAdvertMs: slowPerAdvert,
      throughputMBps: mb / adverts.length / (slowPerAdvert / 1000),
    },
    speedup: slowPerAdvert / perAdvertMs,
    scaling: {
      syntheticPhrases: big.compiled,
      perAdvertMs: scaled.medianMs / adverts.length,
      ratio: scaled.medianMs / fast.medianMs,
    },
    compile: {
      coldIndexMs: cold.indexMs,
      coldFirstAdvertMs: cold.firstAdvertMs,
      warmAllMs: warm.medianMs,
      syntheticWarmAllMs: syntheticWarm.medianMs,
    },
    buildTime: {
      sourceGzipBytes: taxonomySourceBytes(),
      compiledGzipBytes: gzipSync(serialised).length,
      loadMs: load.medianMs,
    },
  };
}

const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

/** A readable table of the matcher benchmark. */
export function formatMatcherBench(r: MatcherBenchResult): string {
  const rows: Array<[string, string]> = [
    ['taxonomy', `${r.taxonomy.skills} skills, ${r.taxonomy.phrases} phrases, ${r.taxonomy.trieNodes} trie nodes`],
    ['advert (from labelled criteria)', `${r.advert.criteria} criteria, ${kb(r.advert.bytes)}`],
    ['matcher: per advert', ms(r.matcher.perAdvertMs)],
    ['matcher: throughput', `${r.matcher.throughputMBps.toFixed(2)} MB/s`],
    [`naive (${r.naive.regexes} RegExps): per advert`, ms(r.naive.perAdvertMs)],
    ['naive: throughput', `${r.naive.throughputMBps.toFixed(3)} MB/s`],
    ['speed-up over naive', `${r.speedup.toFixed(0)}×  (target ≥ 20×)`],
    [
      `10× taxonomy (${r.scaling.syntheticPhrases} phrases): per advert`,
      `${ms(r.scaling.perAdvertMs)}  (${r.scaling.ratio.toFixed(2)}× the real taxonomy)`,
    ],
    ['fresh process: index the taxonomy (what the background pays as it wakes)', ms(r.compile.coldIndexMs)],
    ['fresh process: first advert (compiles what it reaches)', ms(r.compile.coldFirstAdvertMs)],
    ['compile everything, warm', ms(r.compile.warmAllMs)],
    ['compile everything, 10× taxonomy, warm', ms(r.compile.syntheticWarmAllMs)],
    ['taxonomy source, gzipped', kb(r.buildTime.sourceGzipBytes)],
    [
      'compiled trie as data, gzipped',
      `${kb(r.buildTime.compiledGzipBytes)}  (JSON.parse alone ${ms(r.buildTime.loadMs)})`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [
    'Matcher benchmark (median of repeated runs after warm-up)',
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
  ].join('\n');
}
