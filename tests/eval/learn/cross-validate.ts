/**
 * npx tsx tests/eval/learn/cross-validate.ts : a second check beside validation, 5-fold cross-validation
 * over the train split's adverts of the adder with and without the advert's features (heading, profession),
 * at the adder thresholds around the one shipped. Train only: neither validation nor test is read.
 */
import { compileTaxonomy } from '../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../src/core/taxonomy/stop-phrases';
import { CONTRACT_IDS } from '../../fixtures/taxonomy-contract';
import { labelledSetOrSkip } from '../labels/labelled-set';
import { NO_ADDER } from './choose-thresholds';
import { readAll, type Read } from './examples';
import { count, describe, fit, predict, type Predictions } from './fit';
import { HYPER, MIN_WEIGHT } from './hyper';
import { textsOf } from './texts';

const FOLDS = 5;
const adverts = await labelledSetOrSkip();
const rules = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const contract = new Set<string>(CONTRACT_IDS);
const texts = textsOf(adverts, 'train');
const train = readAll(rules, texts, contract);
const ids = [...new Set(texts.map((t) => t.advert))];
const fold = (i: number) => ids.indexOf(texts[i]!.advert) % FOLDS;

const configs: Array<[name: string, dropped: string[], l2: number]> = [
  ['words, pairs, found; l2 0.001', ['h:', 'p:'], 0.001],
  ['+ heading, profession; l2 0.001 (shipped)', [], 0.001],
  ['words, pairs, found; l2 0.0007', ['h:', 'p:'], 0.0007],
  ['+ heading, profession; l2 0.0007', [], 0.0007],
];
for (const [name, dropped, l2] of configs) {
  const reads: Read[] = train.map((r) => ({
    ...r,
    words: r.words.filter((w) => !dropped.some((d) => w.startsWith(d))),
  }));
  const predictions: Predictions = new Array(reads.length);
  for (let f = 0; f < FOLDS; f++) {
    const hyper = { ...HYPER, verifier: { ...HYPER.verifier, epochs: 0 }, adder: { ...HYPER.adder, l2 } };
    const fitted = fit(
      reads.filter((_, i) => fold(i) !== f),
      hyper,
      [...contract],
    );
    for (const s of Object.values(fitted.adder))
      s.weights = Object.fromEntries(Object.entries(s.weights).filter(([, w]) => Math.abs(w) >= MIN_WEIGHT));
    const held = reads.map((_, i) => i).filter((i) => fold(i) === f);
    predict(
      fitted,
      held.map((i) => reads[i]!),
    ).forEach((p, k) => (predictions[held[k]!] = p));
  }
  if (name === configs[0]![0]) console.log(`rules alone: ${describe(count(reads, predictions, 0, NO_ADDER))}`);
  for (const ta of [0.3, 0.35, 0.4, 0.45])
    console.log(`${name}, adder ≥ ${ta}: ${FOLDS}-fold CV on train ${describe(count(reads, predictions, 0, ta))}`);
}
