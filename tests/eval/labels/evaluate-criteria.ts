import { parseHTML } from 'linkedom';
import { findPosting } from '../../../src/core/extract/sites/job-posting';
import type { Criterion } from '../../../src/core/model/criterion';
import { readPosting } from '../../../src/core/pipeline/read-page';
import type { LabelledAdvert, LabelledCriterion } from './labelled-set';
import type { Layout } from './layouts';

export type CriteriaScore = {
  adverts: number;
  labelled: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  /** Of the matched criteria whose level the page marks (essential or desirable): read at that level. */
  levelScored: number;
  levelCorrect: number;
  levelAccuracy: number;
};

export type CriteriaMiss = {
  advert: string;
  layout: Layout;
  missed: string[];
  invented: string[];
  wrongLevel: string[];
};

const tokens = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
function similarity(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / (a.size + b.size - common || 1);
}
/** Two criteria are the same when their words mostly agree (the product's and the labels' line readers differ). */
const SAME = 0.5;

const blank = () => parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;

/** The product's reading of a corpus advert: its JobPosting description read as free text (an old NHS Jobs page). */
export function extractedCriteria(advert: LabelledAdvert): Criterion[] {
  const posting = findPosting({ ...advert.record, '@type': 'JobPosting' });
  if (!posting) return [];
  return readPosting(blank(), posting, new URL(`https://corpus.invalid/${advert.id}`)).spec.criteria;
}

/** Greedy one-to-one pairing, best similarity first. */
function pair(labelled: readonly LabelledCriterion[], extracted: readonly Criterion[]) {
  const lt = labelled.map((c) => tokens(c.text));
  const et = extracted.map((c) => tokens(c.text));
  const candidates: Array<[number, number, number]> = [];
  lt.forEach((a, i) =>
    et.forEach((b, j) => {
      const s = similarity(a, b);
      if (s >= SAME) candidates.push([s, i, j]);
    }),
  );
  candidates.sort((x, y) => y[0] - x[0]);
  const usedL = new Set<number>();
  const usedE = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedL.has(i) || usedE.has(j)) continue;
    usedL.add(i);
    usedE.add(j);
    pairs.push([i, j]);
  }
  return { pairs, usedL, usedE };
}

type Counts = Pick<CriteriaScore, 'adverts' | 'labelled' | 'extracted' | 'matched' | 'levelScored' | 'levelCorrect'>;

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const scoreOf = (c: Counts): CriteriaScore => ({
  ...c,
  precision: ratio(c.matched, c.extracted),
  recall: ratio(c.matched, c.labelled),
  levelAccuracy: ratio(c.levelCorrect, c.levelScored),
});
const noCounts = (): Counts => ({ adverts: 0, labelled: 0, extracted: 0, matched: 0, levelScored: 0, levelCorrect: 0 });

/**
 * Criteria precision and recall, and level accuracy, of the free-text reader over labelled adverts: in all,
 * and by the advert's layout (how it states its requirements; labels/layouts).
 */
export function evaluateCriteria(adverts: readonly LabelledAdvert[]): {
  score: CriteriaScore;
  byLayout: Partial<Record<Layout, CriteriaScore>>;
  misses: CriteriaMiss[];
} {
  const all = noCounts();
  const byLayout = new Map<Layout, Counts>();
  const misses: CriteriaMiss[] = [];
  for (const advert of adverts) {
    const found = extractedCriteria(advert);
    const { pairs, usedL, usedE } = pair(advert.criteria, found);
    const counts = byLayout.get(advert.layout) ?? noCounts();
    byLayout.set(advert.layout, counts);
    const wrongLevel: string[] = [];
    let levelScored = 0;
    let levelCorrect = 0;
    for (const [i, j] of pairs) {
      const want = advert.criteria[i]!.level;
      if (want === 'unspecified') continue;
      levelScored++;
      if (found[j]!.level === want) levelCorrect++;
      else wrongLevel.push(`${found[j]!.level} ≠ ${want}: ${found[j]!.text}`);
    }
    for (const c of [all, counts]) {
      c.adverts++;
      c.labelled += advert.criteria.length;
      c.extracted += found.length;
      c.matched += pairs.length;
      c.levelScored += levelScored;
      c.levelCorrect += levelCorrect;
    }
    const missed = advert.criteria.filter((_, i) => !usedL.has(i)).map((c) => c.text);
    const invented = found.filter((_, j) => !usedE.has(j)).map((c) => c.text);
    if (missed.length || invented.length || wrongLevel.length) {
      misses.push({ advert: advert.id, layout: advert.layout, missed, invented, wrongLevel });
    }
  }
  return {
    score: scoreOf(all),
    byLayout: Object.fromEntries([...byLayout].map(([layout, c]) => [layout, scoreOf(c)])),
    misses,
  };
}
