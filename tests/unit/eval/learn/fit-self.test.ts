import { describe, expect, it } from 'vitest';
import type { Read } from '../../../eval/learn/examples';
import type { Hyper } from '../../../eval/learn/fit';
import { fitSelfTrained, type SelfTraining } from '../../../eval/learn/fit-self';
import { trainLogistic } from '../../../eval/learn/logistic';
import type { MaskedRead } from '../../../eval/learn/masked-reads';

const HYPER: Hyper = {
  verifier: { l2: 0.001, epochs: 100, rate: 0.5, minCount: 1 },
  adder: { l2: 0.001, epochs: 100, rate: 0.5, minCount: 1 },
  minPositives: 3,
};
const labelled: Read[] = [{ found: [], foundIds: new Set(), words: ['u:other'], gold: new Set() }];
/** Ten criteria where the rules found `x` beside the word "rota", twenty where they found nothing. */
const unlabelled: MaskedRead[] = [
  ...Array.from({ length: 10 }, () => ({
    words: ['u:rota', 'u:trigger', 'found:x'],
    masked: new Map([['x', ['u:rota']]]),
    unsure: new Set<string>(),
  })),
  ...Array.from({ length: 20 }, () => ({ words: ['u:else'], masked: new Map(), unsure: new Set<string>() })),
];
const self = (over: Partial<SelfTraining> = {}): SelfTraining => ({
  reads: unlabelled,
  positiveWeight: 1,
  negativeWeight: 1,
  minPseudo: 5,
  cap: 100,
  negatives: 100,
  sources: null,
  ...over,
});

describe('self-training an adder on unlabelled criteria', () => {
  it('learns the context of the pseudo positives, never the masked trigger', () => {
    const adder = fitSelfTrained(labelled, self(), HYPER, ['x'])['x']!;
    expect(adder.weights['u:rota']).toBeGreaterThan(0);
    expect(adder.weights).not.toHaveProperty('u:trigger');
    expect(adder.weights).not.toHaveProperty('found:x');
  });

  it('gives no adder to a skill with too few labelled and pseudo positives', () => {
    expect(fitSelfTrained(labelled, self({ minPseudo: 11 }), HYPER, ['x'])).toEqual({});
  });

  it('takes no pseudo positive from a skill whose rules are not among the sources', () => {
    expect(fitSelfTrained(labelled, self({ sources: new Set(['y']) }), HYPER, ['x'])).toEqual({});
  });

  it('caps the pseudo positives', () => {
    const few = fitSelfTrained(labelled, self({ cap: 2, minPseudo: 2 }), HYPER, ['x'])['x']!;
    const many = fitSelfTrained(labelled, self({ minPseudo: 2 }), HYPER, ['x'])['x']!;
    const z = (s: typeof few) => s.bias + s.weights['u:rota']!;
    expect(z(few)).toBeLessThan(z(many));
  });
});

describe('weighted logistic regression', () => {
  it('weighs an example of weight 2 as two copies of it', () => {
    const options = { l2: 0.001, epochs: 50, rate: 0.5, minCount: 1 };
    const weighted = trainLogistic(
      [
        { features: ['a'], label: 1, weight: 2 },
        { features: ['b'], label: 0 },
      ],
      options,
    );
    const copied = trainLogistic(
      [
        { features: ['a'], label: 1 },
        { features: ['a'], label: 1 },
        { features: ['b'], label: 0 },
      ],
      options,
    );
    expect(weighted).toEqual(copied);
  });
});
