/**
 * The benchmark's side inside the page, bundled by esbuild into one script and added to each bench
 * page: the content script's pipeline stage by stage, and the peers on the same page and terms.
 */
import Mark from 'mark.js';
import sample from '../../../src/cli/sample/profile.json';
import { matchText } from '../../../src/core/match/match-text';
import { readPage } from '../../../src/core/pipeline/read-page';
import { parseProfile } from '../../../src/core/profile/parse-profile';
import { compileTaxonomy } from '../../../src/core/taxonomy/compile';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { TAXONOMY } from '../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../src/core/taxonomy/stop-phrases';
import { naiveMatcher, taxonomyPhrases } from '../naive-matcher';
import { medianOf, medianStages, runStages } from '../pipeline/stages';

declare global {
  // Set by the bundle's first line, before any module is evaluated.
  var nhspsBenchStart: number;
}

const evaluatedMs = performance.now() - globalThis.nhspsBenchStart;
const parsed = parseProfile(sample);
if (!parsed.ok) throw new Error(parsed.error);
const profile = parsed.profile;
const MARK_JS_BATCH = 500;
/**
 * Our matcher is timed over this many passes of the criterion texts at a time: one pass is near
 * the timer's 0.1 ms grain.
 */
const OURS_PASSES = 20;
const here = () => new URL(location.href);

/** The elements whose text the pipeline reads as criteria, visible copy only: where both sides mark. */
function criterionElements(): Element[] {
  const { anchors } = readPage(document, here());
  return [...anchors.values()].map((copies) => copies.find((e) => e.getClientRects().length > 0) ?? copies[0]!);
}

export type Runs = { warmup: number; runs: number };

const bench = {
  /** How long evaluating the bundle took (the taxonomy's definitions included). */
  evaluatedMs,
  /** On a page fresh from load, first thing: index the taxonomy, then one run that compiles what it reaches. */
  cold() {
    const t0 = performance.now();
    const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
    const indexMs = performance.now() - t0;
    const run = runStages(document, here(), matcher, profile);
    run.undo();
    return { evaluatedMs, indexMs, firstRun: run.times };
  },
  stages: (runs: Runs) => medianStages(() => runStages(document, here(), defaultMatcher(), profile), runs),
  /**
   * mark.js marking every taxonomy phrase in the same criterion elements. Options in its favour: no
   * diacritics classes; and the terms given MARK_JS_BATCH at a time, because mark.js walks its list
   * by recursion (the whole list overflows the stack) and looks each term up in it again (indexOf).
   */
  markJs(runs: Runs) {
    const marker = new Mark(criterionElements() as HTMLElement[]);
    const terms = taxonomyPhrases(TAXONOMY);
    const batches: string[][] = [];
    for (let i = 0; i < terms.length; i += MARK_JS_BATCH) batches.push(terms.slice(i, i + MARK_JS_BATCH));
    let marks = 0;
    const options = {
      separateWordSearch: false,
      accuracy: 'exactly' as const,
      diacritics: false,
      caseSensitive: false,
    };
    const ms = medianOf(
      () => {
        marks = 0;
        for (const batch of batches) marker.mark(batch, { ...options, done: (n: number) => void (marks += n) });
      },
      () => marker.unmark(),
      runs,
    );
    return { ms, terms: terms.length, marks };
  },
  /**
   * One RegExp per phrase over the same criterion texts, against our matcher on the same texts
   * (matching only, both).
   */
  naive(runs: Runs) {
    const texts = readPage(document, here()).spec.criteria.map((c) => c.text);
    const naive = naiveMatcher(TAXONOMY);
    let found = 0;
    const ms = medianOf(
      () => void (found = texts.reduce((n, t) => n + naive(t), 0)),
      () => {},
      runs,
    );
    const matcher = defaultMatcher();
    const passes = () => {
      for (let i = 0; i < OURS_PASSES; i++) for (const t of texts) matchText(matcher, t);
    };
    const oursMs = medianOf(passes, () => {}, { warmup: 3, runs: 21 }) / OURS_PASSES;
    return { ms, oursMs, regexes: (naive as unknown as { size: number }).size, found, criteria: texts.length };
  },
};

export type PageBench = typeof bench;
(globalThis as unknown as { nhspsBench: PageBench }).nhspsBench = bench;
