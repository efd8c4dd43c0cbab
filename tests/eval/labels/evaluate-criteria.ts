import { parseHTML } from 'linkedom';
import { findPosting } from '../../../src/core/extract/sites/job-posting';
import type { Criterion } from '../../../src/core/model/criterion';
import { readPosting } from '../../../src/core/pipeline/read-page';
import type { LabelledAdvert, LabelledCriterion } from './labelled-set';

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

export type CriteriaMiss = { advert: string; missed: string[]; invented: string[]; wrongLevel: string[] };

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

/** Criteria precision and recall, and level accuracy, of the free-text reader over labelled adverts. */
export function evaluateCriteria(adverts: readonly LabelledAdvert[]): { score: CriteriaScore; misses: CriteriaMiss[] } {
  let labelled = 0;
  let extracted = 0;
  let matched = 0;
  let levelScored = 0;
  let levelCorrect = 0;
  const misses: CriteriaMiss[] = [];
  for (const advert of adverts) {
    const found = extractedCriteria(advert);
    const { pairs, usedL, usedE } = pair(advert.criteria, found);
    labelled += advert.criteria.length;
    extracted += found.length;
    matched += pairs.length;
    const wrongLevel: string[] = [];
    for (const [i, j] of pairs) {
      const want = advert.criteria[i]!.level;
      if (want === 'unspecified') continue;
      levelScored++;
      if (found[j]!.level === want) levelCorrect++;
      else wrongLevel.push(`${found[j]!.level} ≠ ${want}: ${found[j]!.text}`);
    }
    const missed = advert.criteria.filter((_, i) => !usedL.has(i)).map((c) => c.text);
    const invented = found.filter((_, j) => !usedE.has(j)).map((c) => c.text);
    if (missed.length || invented.length || wrongLevel.length) {
      misses.push({ advert: advert.id, missed, invented, wrongLevel });
    }
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    score: {
      adverts: adverts.length,
      labelled,
      extracted,
      matched,
      precision: ratio(matched, extracted),
      recall: ratio(matched, labelled),
      levelScored,
      levelCorrect,
      levelAccuracy: ratio(levelCorrect, levelScored),
    },
    misses,
  };
}
