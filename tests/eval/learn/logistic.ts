import type { LinearScorer } from '../../../src/core/model/linear-scorer';

/** One example; `weight` (1 when left out) scales its share of the loss. */
export type Example = { features: readonly string[]; label: 0 | 1; weight?: number };
export type TrainOptions = { l2: number; epochs: number; rate: number; minCount: number };

/**
 * L2-regularised logistic regression over binary features, by full-batch AdaGrad: small data (a few
 * thousand examples), so exact and deterministic. Features seen in fewer than `minCount` examples are
 * left out: they would only memorise the training adverts.
 */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): LinearScorer {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) =>
    Int32Array.from(new Set(e.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0))),
  );
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const weights = examples.map((e) => e.weight ?? 1);
  const n = weights.reduce((sum, x) => sum + x, 0);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    for (let k = 0; k < examples.length; k++) {
      const row = rows[k]!;
      let z = bias;
      for (const i of row) z += w[i]!;
      const err = (1 / (1 + Math.exp(-z)) - examples[k]!.label) * weights[k]!;
      gb += err;
      for (const i of row) grad[i]! += err;
    }
    for (let i = 0; i < names.length; i++) {
      const g = grad[i]! / n + options.l2 * w[i]!;
      g2[i]! += g * g;
      w[i]! -= (options.rate * g) / Math.sqrt(g2[i]!);
    }
    gb /= n;
    b2 += gb * gb;
    bias -= (options.rate * gb) / Math.sqrt(b2);
  }
  const kept: Record<string, number> = {};
  names.forEach((f, i) => {
    if (Math.abs(w[i]!) >= 0.02) kept[f] = Math.round(w[i]! * 1000) / 1000;
  });
  return { bias: Math.round(bias * 1000) / 1000, weights: kept };
}
