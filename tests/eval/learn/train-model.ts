/**
 * npm run learn: trains the learned model on the labelled adverts of the train split, picks its threshold on
 * the validation split (the best F1 that keeps every fixture split of tests/fixtures/criteria within half a
 * point of the rules alone), then fits it again with the same settings on train and validation together,
 * the usual last step once validation has chosen: a third more examples, and more skills labelled often
 * enough to learn. Writes it as data (src/core/taxonomy/learned-model.json). The test split is never read, nor
 * the untuned batches (labels/untuned).
 * The variants tried are in variants.ts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LearnedModel } from '../../../src/core/taxonomy/learned-model';
import { ADDER_GRID, chooseThresholds, floorsUnderRules, holds, NO_ADDER, type Scored } from './choose-thresholds';
import type { Read } from './examples';
import { count, describe, fit, predict, type Fitted } from './fit';
import { HYPER, MIN_WEIGHT } from './hyper';
import { learnerInputs } from './learner-inputs';

const OUT = fileURLToPath(new URL('../../../src/core/taxonomy/learned-model.json', import.meta.url));
const { contract, trainTexts, train, validation: validationReads, fixtures } = await learnerInputs();
const report = (name: string, s: Scored, ta: number) =>
  console.log(`${name}: ${describe(count(s.reads, s.predictions, 0, ta))}`);

// Chosen on validation with a model fitted on train alone.
const onTrainOnly = fitAdder(train);
const scored = (reads: readonly Read[]): Scored => ({ reads, predictions: predict(onTrainOnly, reads) });
const validation = scored(validationReads);
const chosen = chooseThresholds(validation, floorsUnderRules(mapValues(fixtures, scored)));
report('train (in sample), rules', scored(train), NO_ADDER);
report(`train (in sample), rules + adder ≥ ${chosen.adder}`, scored(train), chosen.adder);
report('validation, rules', validation, NO_ADDER);
report(`validation, rules + adder ≥ ${chosen.adder}`, validation, chosen.adder);

// Shipped: the same settings fitted on train and validation, its threshold raised if a fixture floor needs it.
const final = fitAdder([...train, ...validationReads]);
const finalScored = (reads: readonly Read[]): Scored => ({ reads, predictions: predict(final, reads) });
const finalFloors = floorsUnderRules(mapValues(fixtures, finalScored));
const threshold = ADDER_GRID.find((t) => t >= chosen.adder && holds(finalFloors, 0, t)) ?? NO_ADDER;
report(
  `train + validation (in sample), rules + adder ≥ ${threshold}`,
  finalScored([...train, ...validationReads]),
  threshold,
);
for (const f of finalFloors) report(`${f.name}, rules + adder ≥ ${threshold}`, f, threshold);
const adder = final.adder;

const model: LearnedModel = {
  about:
    `Trained by tests/eval/learn/train-model.ts: threshold picked on validation with a fit on the train split ` +
    `(${trainTexts.length} criteria), then fitted on train and validation (${train.length + validationReads.length}); an adder per contract skill labelled in ${HYPER.minPositives}+ criteria, over the ` +
    `criterion's words, word pairs, the skills the rules found, its heading and its title's professions; no verifier.`,
  verifier: { bias: 0, weights: {}, threshold: 0 },
  adder: { threshold, skills: adder },
};
function fitAdder(reads: readonly Read[]): Fitted {
  const raw = fit(reads, HYPER, [...contract]);
  const kept = mapValues(raw.adder, (s) => ({
    bias: s.bias,
    weights: Object.fromEntries(Object.entries(s.weights).filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)),
  }));
  return { verifier: { bias: 10, weights: {} }, adder: kept };
}

function mapValues<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(`wrote ${OUT}: ${Object.keys(adder).length} skills, ${JSON.stringify(model).length} characters`);
