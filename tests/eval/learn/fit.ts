import type { LinearScorer } from '../../../src/core/model/linear-scorer';
import type { Read } from './examples';
import { trainLogistic, type TrainOptions } from './logistic';

export type Hyper = { verifier: TrainOptions; adder: TrainOptions; minPositives: number };
export type Fitted = { verifier: LinearScorer; adder: Record<string, LinearScorer> };
/** Per criterion: the verifier's probability for each found candidate, the adder's for each skill not found. */
export type Predictions = Array<{ found: Array<{ skillId: string; p: number }>; added: Map<string, number> }>;
export type Counts = { tp: number; fp: number; fn: number };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const score = (s: LinearScorer, features: readonly string[]) =>
  sigmoid(features.reduce((z, f) => z + (Object.hasOwn(s.weights, f) ? s.weights[f]! : 0), s.bias));

/** The verifier over every skill the rules found, and an adder for each skill labelled often enough. */
export function fit(reads: readonly Read[], hyper: Hyper, scope: readonly string[]): Fitted {
  const verifier = trainLogistic(
    reads.flatMap((r) => r.found),
    hyper.verifier,
  );
  const adder: Record<string, LinearScorer> = {};
  for (const id of scope) {
    const positives = reads.filter((r) => r.gold.has(id)).length;
    if (positives < hyper.minPositives) continue;
    adder[id] = trainLogistic(
      reads.map((r) => ({ features: r.words, label: r.gold.has(id) ? 1 : 0 })),
      hyper.adder,
    );
  }
  return { verifier, adder };
}

export function predict(fitted: Fitted, reads: readonly Read[]): Predictions {
  return reads.map((r) => ({
    found: r.found.map((f) => ({ skillId: f.skillId, p: score(fitted.verifier, f.features) })),
    added: new Map(
      Object.entries(fitted.adder)
        .filter(([id]) => !r.foundIds.has(id))
        .map(([id, s]) => [id, score(s, r.words)]),
    ),
  }));
}

/** Counts of the skills kept (verifier ≥ τv, or all found when τv is 0) and added (adder ≥ τa). */
export function count(reads: readonly Read[], predictions: Predictions, tv: number, ta: number): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  reads.forEach((r, k) => {
    const out = new Set<string>();
    for (const f of predictions[k]!.found) if (f.p >= tv) out.add(f.skillId);
    for (const [id, p] of predictions[k]!.added) if (p >= ta) out.add(id);
    for (const id of r.gold)
      if (out.has(id)) c.tp++;
      else c.fn++;
    for (const id of out) if (!r.gold.has(id)) c.fp++;
  });
  return c;
}

export const f1 = ({ tp, fp, fn }: Counts) => (2 * tp) / (2 * tp + fp + fn);
export const describe = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f1(c)).toFixed(1)}`;
};
