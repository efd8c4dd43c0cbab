/**
 * npm run learn: trains the learned model on the labelled adverts of the train split only, picks its
 * threshold on the validation split (the best F1 that keeps every fixture split of tests/fixtures/criteria
 * within half a point of the rules alone) and writes it as data (src/core/taxonomy/learned-model.json).
 * The test split is never read. The variants tried are in variants.ts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileTaxonomy } from '../../../src/core/taxonomy/compile';
import type { LearnedModel } from '../../../src/core/taxonomy/learned-model';
import { TAXONOMY } from '../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../src/core/taxonomy/stop-phrases';
import { PROFESSIONS } from '../../fixtures/criteria';
import { CONTRACT_IDS } from '../../fixtures/taxonomy-contract';
import { labelledSetOrSkip } from '../labels/labelled-set';
import { chooseThresholds, floorsUnderRules, NO_ADDER, type Scored } from './choose-thresholds';
import { readAll, type Read } from './examples';
import { count, describe, fit, predict } from './fit';
import { HYPER, MIN_WEIGHT } from './hyper';
import { fixtureTexts, textsOf } from './texts';

const OUT = fileURLToPath(new URL('../../../src/core/taxonomy/learned-model.json', import.meta.url));
const adverts = await labelledSetOrSkip();
const contract = new Set<string>(CONTRACT_IDS);
// The rules alone: a matcher with no model attached.
const rules = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const everything = new Set(rules.skills.keys());
const trainTexts = textsOf(adverts, 'train');
const train = readAll(rules, trainTexts, contract);
const raw = fit(train, HYPER, [...contract]);
const adder = Object.fromEntries(
  Object.entries(raw.adder).map(([id, s]) => [
    id,
    {
      bias: s.bias,
      weights: Object.fromEntries(Object.entries(s.weights).filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)),
    },
  ]),
);
const fitted = { verifier: { bias: 10, weights: {} }, adder };
const scored = (reads: readonly Read[]): Scored => ({ reads, predictions: predict(fitted, reads) });
const validation = scored(readAll(rules, textsOf(adverts, 'validation'), contract));
const floors = floorsUnderRules({
  development: scored(readAll(rules, fixtureTexts(PROFESSIONS, 'criteria'), everything)),
  'held-out': scored(readAll(rules, fixtureTexts(PROFESSIONS, 'heldOut'), everything)),
  unseen: scored(readAll(rules, fixtureTexts(PROFESSIONS, 'unseen'), everything)),
});
const chosen = chooseThresholds(validation, floors);
const onTrain = scored(train);
const report = (name: string, s: Scored, ta: number) =>
  console.log(`${name}: ${describe(count(s.reads, s.predictions, 0, ta))}`);
report('train (in sample), rules', onTrain, NO_ADDER);
report(`train (in sample), rules + adder ≥ ${chosen.adder}`, onTrain, chosen.adder);
report('validation, rules', validation, NO_ADDER);
report(`validation, rules + adder ≥ ${chosen.adder}`, validation, chosen.adder);
for (const f of floors) report(`${f.name}, rules + adder ≥ ${chosen.adder}`, f, chosen.adder);

const model: LearnedModel = {
  about:
    `Trained by tests/eval/learn/train-model.ts on the train split only (${trainTexts.length} criteria), threshold ` +
    `picked on validation; an adder per contract skill labelled in ${HYPER.minPositives}+ criteria, over the ` +
    `criterion's words, word pairs, the skills the rules found, its heading and its title's professions; no verifier.`,
  verifier: { bias: 0, weights: {}, threshold: 0 },
  adder: { threshold: chosen.adder, skills: adder },
};
writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(`wrote ${OUT}: ${Object.keys(adder).length} skills, ${JSON.stringify(model).length} characters`);
