import { describe, expect, it } from 'vitest';
import { auc } from '../../../eval/learn/auc';
import { chooseThresholds, floorsUnderRules, NO_ADDER, type Scored } from '../../../eval/learn/choose-thresholds';
import type { Read } from '../../../eval/learn/examples';

/** One criterion labelled `gold`, on which the adder scores `added` (skill → probability). */
const criterion = (gold: string[], added: Record<string, number>) => ({
  read: { found: [], foundIds: new Set<string>(), words: [], gold: new Set(gold) } satisfies Read,
  prediction: { found: [], added: new Map(Object.entries(added)) },
});
const scored = (...cs: Array<ReturnType<typeof criterion>>): Scored => ({
  reads: cs.map((c) => c.read),
  predictions: cs.map((c) => c.prediction),
});

describe('choosing the adder threshold on validation', () => {
  const validation = scored(
    criterion(['a'], { a: 0.9 }),
    criterion(['b'], { b: 0.42 }),
    criterion([], { c: 0.38 }),
    criterion([], { d: 0.22 }),
  );

  it('takes the threshold with the best validation F1', () => {
    expect(chooseThresholds(validation, []).adder).toBe(0.4);
  });

  it('keeps the rules alone when no threshold beats them', () => {
    const worse = scored(criterion([], { a: 0.9 }), criterion(['b'], {}));
    expect(chooseThresholds(worse, []).adder).toBe(NO_ADDER);
  });

  it('gives up validation F1 rather than let a fixture split fall under its floor', () => {
    // A fixture criterion on which the adder adds a wrong skill at 0.45: any threshold up to 0.45 costs precision.
    const fixture = scored(criterion(['x'], {}), criterion(['y'], { z: 0.45 }));
    const [floor] = floorsUnderRules({ fixture });
    expect(floor!.precision).toBeCloseTo(0.995);
    expect(chooseThresholds(validation, [floor!]).adder).toBe(0.5);
  });
});

describe('the area under the ROC curve', () => {
  it('is 1 when every true example outscores every false one, 0.5 when all tie', () => {
    expect(
      auc([
        [0.9, 1],
        [0.8, 1],
        [0.1, 0],
      ]),
    ).toBe(1);
    expect(
      auc([
        [0.5, 1],
        [0.5, 0],
      ]),
    ).toBe(0.5);
    expect(
      auc([
        [0.2, 1],
        [0.9, 0],
      ]),
    ).toBe(0);
  });
});
