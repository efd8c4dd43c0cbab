import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareWords } from '../../../../src/core/statement/word-budget';

describe('sharing the word limit', () => {
  it('gives whole numbers in proportion to the weights that add up exactly to the limit', () => {
    expect(shareWords([2, 2, 1], 1500)).toEqual([600, 600, 300]);
    expect(shareWords([2, 1, 1], 1000)).toEqual([500, 250, 250]);
    // 1000 / 3: the word left over goes to the heavier weight, then to the earlier criterion.
    expect(shareWords([1, 1, 1], 1000)).toEqual([334, 333, 333]);
    expect(shareWords([1, 2], 100)).toEqual([33, 67]);
    expect(shareWords([0, 2, 0], 100)).toEqual([0, 100, 0]);
    expect(shareWords([0, 0], 101)).toEqual([51, 50]);
    expect(shareWords([], 1500)).toEqual([]);
  });

  it('always adds up to the limit, and never gives a lighter weight more than a heavier one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 100, max: 20_000 }),
        (weights, total) => {
          const shares = shareWords(weights, total);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          shares.forEach((share, i) => {
            expect(Number.isInteger(share) && share >= 0).toBe(true);
            weights.forEach((w, j) => {
              if (weights[i]! > w) expect(share).toBeGreaterThanOrEqual(shares[j]!);
            });
          });
        },
      ),
    );
  });
});
