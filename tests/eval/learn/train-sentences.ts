/**
 * npm run learn:sentences: trains the free-text reader's requirement scorer (src/core/extract/free-text/
 * requirement-scorer.ts) on the prose sentences of the train split's labelled adverts, picks its two thresholds
 * on the validation split (the reader's criteria F1, keeping its precision within half a point of the rules
 * alone), then fits it again on train and validation together. The untuned batches (labels/untuned) are left
 * out, and the test split is never read. Writes src/core/extract/free-text/requirement-model.json.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  isRequirement,
  REQUIREMENT_MODEL,
  requirementChance,
  type RequirementModel,
} from '../../../src/core/extract/free-text/requirement-scorer';
import { sentenceFeatures } from '../../../src/core/extract/free-text/sentence-features';
import type { LinearScorer } from '../../../src/core/model/linear-scorer';
import { evaluateCriteria } from '../labels/evaluate-criteria';
import { labelledSetOrSkip } from '../labels/labelled-set';
import { untunedAdverts } from '../labels/untuned';
import { trainLogistic, type TrainOptions } from './logistic';
import { proseSentences, type ProseSentence } from './prose-sentences';

const OUT = fileURLToPath(new URL('../../../src/core/extract/free-text/requirement-model.json', import.meta.url));
// A word pair seen in fewer than five sentences is left out: a quarter fewer weights, recall within half a point.
const OPTIONS: TrainOptions = { l2: 0.001, epochs: 300, rate: 0.5, minCount: 5 };
// Weights smaller than this are left out: most of the model's weights, a small part of what it decides.
const MIN_WEIGHT = 0.1;
const KEEP_GRID = [0, 0.1, 0.2, 0.3];
const ADD_GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1];
/** How much of the reader's precision on validation the model may spend for recall. */
const PRECISION_SLACK = 0.005;

const untuned = untunedAdverts();
const adverts = (await labelledSetOrSkip()).filter((a) => !untuned.has(a.id));
const inSplit = (split: string) => adverts.filter((a) => a.split === split);
const train = inSplit('train').flatMap(proseSentences);
const validation = inSplit('validation').flatMap(proseSentences);

function fitOn(sentences: readonly ProseSentence[]): LinearScorer {
  const { bias, weights } = trainLogistic(
    sentences.map((s) => ({ features: [...sentenceFeatures(s.text)], label: s.label })),
    OPTIONS,
  );
  return { bias, weights: Object.fromEntries(Object.entries(weights).filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)) };
}

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
const candidates: RequirementModel[] = KEEP_GRID.flatMap((keepAbove) =>
  ADD_GRID.filter((addAbove) => addAbove >= keepAbove).map((addAbove) => ({
    about: '',
    scorer: onTrain,
    keepAbove,
    addAbove,
  })),
);
// The reader reads the shipped model: each candidate is tried on it in place, and the file is written at the end.
const shipped = { ...REQUIREMENT_MODEL };
const readerScore = (model: RequirementModel) => {
  Object.assign(REQUIREMENT_MODEL, model);
  return evaluateCriteria(inSplit('validation')).score;
};
const criteriaF1 = (s: { precision: number; recall: number }) =>
  (2 * s.precision * s.recall) / (s.precision + s.recall);
const rules = readerScore({ ...candidates[0]!, ...RULES_ONLY });
const scored = candidates
  .map((model) => ({ model, score: readerScore(model) }))
  .filter(({ score }) => score.precision >= rules.precision - PRECISION_SLACK);
Object.assign(REQUIREMENT_MODEL, shipped);
const best = scored.reduce((a, b) => (criteriaF1(b.score) > criteriaF1(a.score) ? b : a)).model;
console.log(
  `${train.length} train sentences (${train.filter((s) => s.label).length} asked), ${validation.length} validation`,
);
show('validation sentences, rules', f1({ ...best, ...RULES_ONLY }, validation));
show(`validation sentences, keep ≥ ${best.keepAbove}, add > ${best.addAbove}`, f1(best, validation));
const chosen = scored.find((s) => s.model === best)!.score;
console.log(
  `validation criteria: prose by the rules alone P ${(100 * rules.precision).toFixed(1)} R ${(100 * rules.recall).toFixed(1)}, ` +
    `with the scorer P ${(100 * chosen.precision).toFixed(1)} R ${(100 * chosen.recall).toFixed(1)}`,
);

const both = [...train, ...validation];
const model: RequirementModel = {
  about:
    `Trained by tests/eval/learn/train-sentences.ts: thresholds picked on validation with a fit on the train split ` +
    `(${train.length} prose sentences), then fitted on train and validation (${both.length}); the untuned batches left out.`,
  scorer: fitOn(both),
  keepAbove: best.keepAbove,
  addAbove: best.addAbove,
};
writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(`wrote ${OUT}: ${Object.keys(model.scorer.weights).length} weights`);
