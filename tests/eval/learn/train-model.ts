/**
 * npm run learn: trains the learned model on the labelled adverts of the train split only and writes it as
 * data (src/core/taxonomy/learned-model.json). Hyperparameters were chosen by 5-fold cross-validation
 * over the train split's adverts (`--cv` prints it); the validation split is only reported, never used to
 * choose; the test split is never read.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileTaxonomy } from '../../../src/core/taxonomy/compile';
import type { LearnedModel } from '../../../src/core/taxonomy/learned-model';
import { TAXONOMY } from '../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../src/core/taxonomy/stop-phrases';
import { CONTRACT_IDS } from '../../fixtures/taxonomy-contract';
import { loadLabelledSet } from '../labels/labelled-set';
import { readAll, type LabelledText, type Read } from './examples';
import { count, describe, fit, predict, type Fitted, type Hyper, type Predictions } from './fit';

const OUT = fileURLToPath(new URL('../../../src/core/taxonomy/learned-model.json', import.meta.url));
const FOLDS = 5;
/** No verifier: on cross-validation it traded recall for precision at the same F1 (see the note). */
const HYPER: Hyper = {
  verifier: { l2: 0.001, epochs: 0, rate: 0.5, minCount: 1e9 },
  adder: { l2: 0.001, epochs: 150, rate: 0.5, minCount: 3 },
  minPositives: 15,
};
const ADDER_THRESHOLD = 0.4;
/** Weights smaller than this are dropped: the model ships in the background script, so it must stay small. */
const MIN_WEIGHT = Number(process.env.MIN_WEIGHT ?? 0.2);

const pruned = (fitted: Fitted): Fitted => ({
  verifier: fitted.verifier,
  adder: Object.fromEntries(
    Object.entries(fitted.adder).map(([id, s]) => [
      id,
      {
        bias: s.bias,
        weights: Object.fromEntries(Object.entries(s.weights).filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)),
      },
    ]),
  ),
});

const adverts = await loadLabelledSet();
if (!adverts) {
  console.log('Skipped: ../shared/corpus/nhs-jobs-2020.jsonl.gz is not on this machine.');
  process.exit(0);
}
const scope = new Set(CONTRACT_IDS);
// The rules alone: a matcher with no model attached.
const rules = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const textsOf = (split: string): LabelledText[] =>
  adverts
    .filter((a) => a.split === split)
    .flatMap((a) => {
      const seen = new Set<string>();
      return a.criteria
        .filter((c) => {
          const key = c.text.toLowerCase().replace(/\s+/g, ' ').trim();
          return !seen.has(key) && seen.add(key);
        })
        .map((c) => ({
          advert: a.id,
          text: c.text,
          title: a.title,
          category: c.leadIn ?? c.category,
          skills: c.skills.filter((s) => scope.has(s)),
        }));
    });
const trainTexts = textsOf('train');
const train = readAll(rules, trainTexts, scope);

if (process.argv.includes('--cv')) {
  const ids = [...new Set(trainTexts.map((t) => t.advert))];
  const predictions: Predictions = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const inFold = (i: number) => ids.indexOf(trainTexts[i]!.advert) % FOLDS === f;
    const fitted = pruned(
      fit(
        train.filter((_, i) => !inFold(i)),
        HYPER,
        [...scope],
      ),
    );
    const held = train.map((_, i) => i).filter(inFold);
    predict(
      fitted,
      held.map((i) => train[i]!),
    ).forEach((p, k) => (predictions[held[k]!] = p));
  }
  console.log(`train, ${FOLDS}-fold CV: rules ${describe(count(train, predictions, 0, 2))}`);
  console.log(`train, ${FOLDS}-fold CV: rules + adder ${describe(count(train, predictions, 0, ADDER_THRESHOLD))}`);
}

const fitted = pruned(fit(train, HYPER, [...scope]));
const validation: Read[] = readAll(rules, textsOf('validation'), scope);
const onValidation = predict(fitted, validation);
console.log(`validation: rules ${describe(count(validation, onValidation, 0, 2))}`);
console.log(`validation: rules + adder ${describe(count(validation, onValidation, 0, ADDER_THRESHOLD))}`);

const model: LearnedModel = {
  about:
    `Trained by tests/eval/learn/train-model.ts on the train split only (${trainTexts.length} criteria); ` +
    `an adder per contract skill labelled in ${HYPER.minPositives}+ criteria, over the criterion's words, word ` +
    `pairs and the skills the rules found; no verifier.`,
  verifier: { bias: 0, weights: {}, threshold: 0 },
  adder: { threshold: ADDER_THRESHOLD, skills: fitted.adder },
};
writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(`wrote ${OUT}: ${Object.keys(fitted.adder).length} skills, ${JSON.stringify(model).length} characters`);
