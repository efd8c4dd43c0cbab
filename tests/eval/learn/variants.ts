/**
 * npx tsx tests/eval/learn/variants.ts [name…] : the learned model's variants side by side. Each is trained
 * on the train split, its thresholds are picked on validation as train-model.ts picks them (the best F1
 * that keeps every fixture split within half a point of the rules alone), and it is scored on the criteria
 * written for the project. The test split is not read here: `npm run eval` reports it for the model shipped.
 * Word classes learned from the unlabelled corpus as extra features: class-variants.ts (tried, dropped).
 */
import { compileTaxonomy } from '../../../src/core/taxonomy/compile';
import type { LinearScorer } from '../../../src/core/model/linear-scorer';
import { TAXONOMY } from '../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../src/core/taxonomy/stop-phrases';
import { PROFESSIONS } from '../../fixtures/criteria';
import { CONTRACT_IDS } from '../../fixtures/taxonomy-contract';
import { labelledSetOrSkip } from '../labels/labelled-set';
import { auc } from './auc';
import { chooseThresholds, floorsUnderRules, VERIFIER_GRID, type Scored } from './choose-thresholds';
import { readAll, type Read } from './examples';
import { count, describe, fit, predict, type Fitted, type Hyper, type Predictions } from './fit';
import { HYPER, MIN_WEIGHT } from './hyper';
import { fixtureTexts, textsOf } from './texts';

type Variant = {
  name: string;
  hyper: Hyper;
  /** Feature prefixes left out of the adder's and the verifier's features. */
  dropAdder: readonly string[];
  dropVerifier?: readonly string[];
  minWeight: number;
  verifier?: boolean;
  /** Train also on the development fixtures (the criteria the rules were written on). */
  withDevelopment?: boolean;
  /** Train each adder only on the criteria where the rules did not find its skill (where it acts). */
  missesOnly?: boolean;
  /** A found skill with an adder is kept only if its adder scores it at least τv (a per-skill verifier). */
  adderVerifies?: boolean;
};

const SHIPPED_BEFORE: Variant = {
  name: 'adder over words, pairs, found (shipped before)',
  hyper: { ...HYPER, adder: { ...HYPER.adder, l2: 0.001 } },
  dropAdder: ['h:', 'p:'],
  minWeight: 0.3,
};
const CONTEXT: Variant = { ...SHIPPED_BEFORE, name: 'adder + heading, profession (shipped)', dropAdder: [] };
const withL2 = (v: Variant, l2: number, minWeight: number): Variant => ({
  ...v,
  name: `${v.name}, l2 ${l2}, |w| ≥ ${minWeight}`,
  minWeight,
  hyper: { ...v.hyper, adder: { ...v.hyper.adder, l2 } },
});
const VARIANTS: Variant[] = [
  { ...SHIPPED_BEFORE, name: 'rules only', hyper: { ...HYPER, minPositives: 1e9 } },
  SHIPPED_BEFORE,
  { ...SHIPPED_BEFORE, name: 'adder, 8+ positives', hyper: { ...SHIPPED_BEFORE.hyper, minPositives: 8 } },
  withL2(CONTEXT, 0.001, 0.3),
  withL2(CONTEXT, 0.0007, MIN_WEIGHT),
  withL2(CONTEXT, 0.0005, 0.3),
  withL2(CONTEXT, 0.0005, 0.2),
  withL2(CONTEXT, 0.0003, 0.2),
  withL2(CONTEXT, 0.003, 0.2),
  { ...CONTEXT, name: 'adder + context, 10+ positives', hyper: { ...CONTEXT.hyper, minPositives: 10 } },
  { ...CONTEXT, name: 'adder + context, trained where the rules missed', missesOnly: true },
  { ...CONTEXT, name: 'adder + context as a per-skill verifier', adderVerifies: true },
  { ...SHIPPED_BEFORE, name: 'verifier (no context) + adder', verifier: true, dropVerifier: ['h:', 'p:'] },
  { ...CONTEXT, name: 'verifier (context) + adder', verifier: true },
  {
    ...CONTEXT,
    name: 'verifier (context) + adder, also on development fixtures',
    verifier: true,
    withDevelopment: true,
  },
];

const drop = (features: readonly string[], prefixes: readonly string[] = []) =>
  prefixes.length === 0 ? [...features] : features.filter((f) => !prefixes.some((p) => f.startsWith(p)));
const only = (reads: readonly Read[], v: Variant): Read[] =>
  reads.map((r) => ({
    ...r,
    words: drop(r.words, v.dropAdder),
    found: r.found.map((f) => ({ ...f, features: drop(f.features, v.dropVerifier) })),
  }));
const pruned = (s: LinearScorer, min: number): LinearScorer => ({
  bias: s.bias,
  weights: Object.fromEntries(Object.entries(s.weights).filter(([, w]) => Math.abs(w) >= min)),
});
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const score = (s: LinearScorer, fs: readonly string[]) =>
  sigmoid(fs.reduce((z, f) => z + (Object.hasOwn(s.weights, f) ? s.weights[f]! : 0), s.bias));

const adverts = await labelledSetOrSkip();
const rules = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const contract = new Set<string>(CONTRACT_IDS);
const everything = new Set(rules.skills.keys());
const train = readAll(rules, textsOf(adverts, 'train'), contract);
const validation = readAll(rules, textsOf(adverts, 'validation'), contract);
const fixtures = {
  development: readAll(rules, fixtureTexts(PROFESSIONS, 'criteria'), everything),
  'held-out': readAll(rules, fixtureTexts(PROFESSIONS, 'heldOut'), everything),
  unseen: readAll(rules, fixtureTexts(PROFESSIONS, 'unseen'), everything),
};

function fitVariant(v: Variant): Fitted {
  const learnFrom = [...only(train, v), ...(v.withDevelopment ? only(fixtures.development, v) : [])];
  const raw = fit(learnFrom, v.hyper, [...contract]);
  if (v.missesOnly) {
    for (const id of Object.keys(raw.adder)) {
      const where = learnFrom.filter((r) => !r.foundIds.has(id));
      const one = where.map((r) => ({ ...r, gold: new Set(r.gold.has(id) ? [id] : []) }));
      // A skill the rules never missed on train has no adder there: it never scores.
      raw.adder[id] = fit(one, { ...v.hyper, minPositives: 1 }, [id]).adder[id] ?? { bias: -10, weights: {} };
    }
  }
  return {
    verifier: v.verifier ? raw.verifier : { bias: 10, weights: {} },
    adder: Object.fromEntries(Object.entries(raw.adder).map(([id, s]) => [id, pruned(s, v.minWeight)])),
  };
}

function run(v: Variant): void {
  const fitted = fitVariant(v);
  const predictAll = (reads: readonly Read[]): Predictions => {
    const ps = predict(fitted, reads);
    if (v.adderVerifies)
      ps.forEach((p, k) => {
        for (const f of p.found) {
          const s = fitted.adder[f.skillId];
          f.p = s ? score(s, reads[k]!.words) : 1;
        }
      });
    return ps;
  };
  const scored = (reads: readonly Read[]): Scored => ({ reads, predictions: predictAll(reads) });
  const val = scored(only(validation, v));
  const onFixtures = Object.fromEntries(Object.entries(fixtures).map(([k, r]) => [k, scored(only(r, v))]));
  const best = chooseThresholds(val, floorsUnderRules(onFixtures), v.verifier || v.adderVerifies ? VERIFIER_GRID : [0]);
  const size = JSON.stringify(fitted.adder).length + (v.verifier ? JSON.stringify(fitted.verifier).length : 0);
  console.log(
    `\n${v.name}: τv ${best.verifier} τa ${best.adder} · ${Object.keys(fitted.adder).length} adders · ${size} chars`,
  );
  const line = (name: string, s: Scored) => {
    const c = count(s.reads, s.predictions, best.verifier, best.adder);
    console.log(`  ${name.padEnd(20)} ${describe(c)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
  };
  line('train (in sample)', scored(only(train, v)));
  line('validation', val);
  for (const [name, s] of Object.entries(onFixtures)) line(name, s);
  if (v.verifier || v.adderVerifies) {
    const pairs = val.predictions.flatMap((p, k) =>
      p.found.map((f, j) => [f.p, val.reads[k]!.found[j]!.label] as [number, number]),
    );
    console.log(`  verifier: AUC on validation ${auc(pairs).toFixed(3)} over ${pairs.length} finds`);
    for (const tv of VERIFIER_GRID.slice(1))
      console.log(`    τv ${tv}: validation ${describe(count(val.reads, val.predictions, tv, best.adder))}`);
  }
}

const chosen = process.argv.slice(2);
for (const v of VARIANTS.filter((x) => chosen.length === 0 || chosen.some((c) => x.name.includes(c)))) run(v);
