import type { Read } from './examples';
import { count, f1, type Predictions } from './fit';

/** Reads of a split with the model's predictions on them. */
export type Scored = { reads: readonly Read[]; predictions: Predictions };
/** A fixture split that must hold: its precision and recall floors. */
export type Floor = Scored & { name: string; precision: number; recall: number };
export type Thresholds = { verifier: number; adder: number; f1: number };

export const VERIFIER_GRID = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
export const ADDER_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8];
/** An adder threshold no probability reaches: the rules alone. */
export const NO_ADDER = 2;

const precision = (c: { tp: number; fp: number }) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: { tp: number; fn: number }) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/** Whether every fixture split keeps its precision and recall floors at these thresholds. */
export function holds(floors: readonly Floor[], tv: number, ta: number): boolean {
  return floors.every((f) => {
    const c = count(f.reads, f.predictions, tv, ta);
    return precision(c) >= f.precision && recall(c) >= f.recall;
  });
}

/**
 * The thresholds with the best F1 on validation among those that keep the fixtures' floors; the first
 * best in grid order wins a tie (no verifier, then the highest precision adder threshold met first).
 */
export function chooseThresholds(
  validation: Scored,
  floors: readonly Floor[],
  verifierGrid: readonly number[] = [0],
): Thresholds {
  let best: Thresholds = {
    verifier: 0,
    adder: NO_ADDER,
    f1: f1(count(validation.reads, validation.predictions, 0, NO_ADDER)),
  };
  for (const tv of verifierGrid)
    for (const ta of ADDER_GRID) {
      const f = f1(count(validation.reads, validation.predictions, tv, ta));
      if (f > best.f1 + 1e-9 && holds(floors, tv, ta)) best = { verifier: tv, adder: ta, f1: f };
    }
  return best;
}

/** Floors half a point under what the rules alone score on each fixture split. */
export function floorsUnderRules(splits: Record<string, Scored>, slack = 0.005): Floor[] {
  return Object.entries(splits).map(([name, s]) => {
    const c = count(s.reads, s.predictions, 0, NO_ADDER);
    return { name, ...s, precision: precision(c) - slack, recall: recall(c) - slack };
  });
}
