/**
 * npm run learn:sentences: trains the free-text reader's requirement scorer (src/core/extract/free-text/
 * requirement-scorer.ts) on the prose sentences of the train split's labelled adverts, picks its two thresholds
 * on the validation split (the best sentence F1), then fits it again on train and validation together. Batch 12
 * is left out, so that its column in `npm run eval -- --batch 12` stays a check nobody tuned on; the test split
 * is never read. Writes src/core/extract/free-text/requirement-model.json.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  isRequirement,
  requirementChance,
  type RequirementModel,
} from '../../../src/core/extract/free-text/requirement-scorer';
import { sentenceFeatures } from '../../../src/core/extract/free-text/sentence-features';
import { batchIds } from '../labels/batch-ids';
import { labelledSetOrSkip } from '../labels/labelled-set';
import { trainLogistic, type TrainOptions } from './logistic';
import { proseSentences, type ProseSentence } from './prose-sentences';

const OUT = fileURLToPath(new URL('../../../src/core/extract/free-text/requirement-model.json', import.meta.url));
const UNTUNED_BATCHES = ['12'];
const OPTIONS: TrainOptions = { l2: 0.001, epochs: 300, rate: 0.5, minCount: 3 };
const KEEP_GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.3];
const ADD_GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1];

const untuned = new Set(UNTUNED_BATCHES.flatMap(batchIds));
const adverts = (await labelledSetOrSkip()).filter((a) => !untuned.has(a.id));
const sentencesOf = (split: string) => adverts.filter((a) => a.split === split).flatMap(proseSentences);
const train = sentencesOf('train');
const validation = sentencesOf('validation');

const fitOn = (sentences: readonly ProseSentence[]) =>
  trainLogistic(
    sentences.map((s) => ({ features: sentenceFeatures(s.text), label: s.label })),
    OPTIONS,
  );

function f1(model: RequirementModel, sentences: readonly ProseSentence[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of sentences) {
    const said = isRequirement(s.byRules, requirementChance(s.text, model), model);
    if (said && s.label) tp++;
    else if (said) fp++;
    else if (s.label) fn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}
const show = (label: string, s: ReturnType<typeof f1>) =>
  console.log(
    `${label.padEnd(44)} P ${(100 * s.p).toFixed(1)}  R ${(100 * s.r).toFixed(1)}  F1 ${(100 * s.f1).toFixed(1)}`,
  );

const RULES_ONLY = { keepAbove: 0, addAbove: 1 };
const onTrain = fitOn(train);
const candidates = KEEP_GRID.flatMap((keepAbove) =>
  ADD_GRID.filter((addAbove) => addAbove >= keepAbove).map((addAbove) => ({
    about: '',
    scorer: onTrain,
    keepAbove,
    addAbove,
  })),
);
const best = candidates.reduce((a, b) => (f1(b, validation).f1 > f1(a, validation).f1 ? b : a));
console.log(
  `${train.length} train sentences (${train.filter((s) => s.label).length} asked), ${validation.length} validation`,
);
show('validation, rules', f1({ ...best, ...RULES_ONLY }, validation));
show(`validation, keep ≥ ${best.keepAbove}, add > ${best.addAbove}`, f1(best, validation));

const both = [...train, ...validation];
const model: RequirementModel = {
  about:
    `Trained by tests/eval/learn/train-sentences.ts: thresholds picked on validation with a fit on the train split ` +
    `(${train.length} prose sentences), then fitted on train and validation (${both.length}); batch 12 left out.`,
  scorer: fitOn(both),
  keepAbove: best.keepAbove,
  addAbove: best.addAbove,
};
writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(`wrote ${OUT}: ${Object.keys(model.scorer.weights).length} weights`);
