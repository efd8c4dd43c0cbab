/**
 * npx tsx tests/eval/learn/class-variants.ts classes.json… : the adder with word-class features (word-classes.ts)
 * against the adder shipped, each fitted on train alone with the shipped settings, its threshold picked on
 * validation as train-model.ts picks it; scored on validation and on the adverts of batches 13, 14 and 15
 * (every split: figures to note, nothing is chosen on them). The test split is not read on its own.
 */
import { readFileSync } from 'node:fs';
import { batchIds } from '../labels/batch-ids';
import { labelledSetOrSkip } from '../labels/labelled-set';
import { ADDER_GRID, chooseThresholds, floorsUnderRules, holds, NO_ADDER, type Scored } from './choose-thresholds';
import { readAll, type LabelledText, type Read } from './examples';
import { count, describe, fit, predict, type Fitted } from './fit';
import { HYPER, MIN_WEIGHT } from './hyper';
import { learnerInputs } from './learner-inputs';

type Classes = Record<string, number>;
type Variant = { name: string; classes: Classes | null; pairs: boolean; rareOnly?: boolean };

/** The class features of a read: `c:k` per word of class k, and `cb:k_l` per pair when asked. */
export function withClasses(r: Read, classes: Classes, pairs: boolean, skip?: ReadonlySet<string>): Read {
  const extra = new Set<string>();
  for (const f of r.words) {
    if (skip?.has(f)) continue;
    if (f.startsWith('u:') && Object.hasOwn(classes, f.slice(2))) extra.add(`c:${classes[f.slice(2)]}`);
    if (pairs && f.startsWith('b:')) {
      const [a, b] = f.slice(2).split('_');
      const ca = Object.hasOwn(classes, a!) ? classes[a!] : undefined;
      const cb = Object.hasOwn(classes, b!) ? classes[b!] : undefined;
      if (ca !== undefined && cb !== undefined) extra.add(`cb:${ca}_${cb}`);
    }
  }
  return { ...r, words: [...r.words, ...extra] };
}

const { contract, rules, train, validation, fixtures } = await learnerInputs();
const adverts = await labelledSetOrSkip();
const batchReads = Object.fromEntries(
  ['13', '14', '15'].map((b) => {
    const ids = new Set(batchIds(b));
    const texts: LabelledText[] = adverts
      .filter((a) => ids.has(a.id))
      .flatMap((a) =>
        a.criteria.map((c) => ({
          advert: a.id,
          text: c.text,
          title: a.title,
          category: c.leadIn ?? c.category,
          skills: c.skills,
        })),
      );
    return [`batch ${b}`, readAll(rules, texts, contract)];
  }),
);

const variants: Variant[] = [{ name: 'adder today', classes: null, pairs: false }];
for (const file of process.argv.slice(2)) {
  const classes = JSON.parse(readFileSync(file, 'utf8')) as Classes;
  variants.push({ name: `${file} unigram classes`, classes, pairs: false });
  variants.push({ name: `${file} + pair classes`, classes, pairs: true });
  variants.push({ name: `${file} classes of words rare in train (backoff)`, classes, pairs: false, rareOnly: true });
}
/** Words seen in HYPER.adder.minCount+ train criteria: their own weights can be learned, no class needed. */
const trainCounts = new Map<string, number>();
for (const r of train)
  for (const f of r.words) if (f.startsWith('u:')) trainCounts.set(f, (trainCounts.get(f) ?? 0) + 1);
const common = new Set([...trainCounts].filter(([, n]) => n >= HYPER.adder.minCount).map(([f]) => f));

for (const v of variants) {
  const prep = (reads: readonly Read[]) =>
    v.classes ? reads.map((r) => withClasses(r, v.classes!, v.pairs, v.rareOnly ? common : undefined)) : reads;
  const t0 = Date.now();
  const raw = fit(prep(train), HYPER, [...contract]);
  const fitted: Fitted = {
    verifier: { bias: 10, weights: {} },
    adder: Object.fromEntries(
      Object.entries(raw.adder).map(([id, s]) => [
        id,
        {
          bias: s.bias,
          weights: Object.fromEntries(Object.entries(s.weights).filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)),
        },
      ]),
    ),
  };
  const scored = (reads: readonly Read[]): Scored => ({
    reads: prep(reads),
    predictions: predict(fitted, prep(reads)),
  });
  const val = scored(validation);
  const floors = floorsUnderRules(Object.fromEntries(Object.entries(fixtures).map(([k, r]) => [k, scored(r)])));
  const chosen = chooseThresholds(val, floors);
  const weights = Object.values(fitted.adder).flatMap((s) => Object.keys(s.weights));
  const classWeights = weights.filter((f) => f.startsWith('c:') || f.startsWith('cb:'));
  console.log(
    `\n${v.name}: τa ${chosen.adder}, ${Object.keys(fitted.adder).length} adders, ${weights.length} weights ` +
      `(${classWeights.length} on classes), fit ${Date.now() - t0} ms, ${JSON.stringify(fitted.adder).length} chars`,
  );
  const line = (name: string, s: Scored, ta: number) => {
    const c = count(s.reads, s.predictions, 0, ta);
    console.log(`  ${name.padEnd(24)} ${describe(c)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
  };
  line('train (in sample)', scored(train), chosen.adder);
  line('validation, rules alone', val, NO_ADDER);
  line('validation', val, chosen.adder);
  for (const [name, reads] of Object.entries(batchReads)) line(name, scored(reads), chosen.adder);
  for (const ta of ADDER_GRID) line(`validation at τa ${ta}`, val, ta);
  console.log(`  fixture floors hold at: ${ADDER_GRID.filter((ta) => holds(floors, 0, ta)).join(', ')}`);
}
