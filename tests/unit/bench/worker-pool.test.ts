import { describe, expect, it } from 'vitest';
import { deal } from '../../bench/corpus/worker-pool';
import { median } from '../../bench/median';

describe('dealing corpus records to worker threads', () => {
  it('deals them round-robin, each with its place in the file', () => {
    const shares = deal(['r0', 'r1', 'r2', 'r3', 'r4'], 2);
    expect(shares).toEqual([
      { indices: [0, 2, 4], records: ['r0', 'r2', 'r4'] },
      { indices: [1, 3], records: ['r1', 'r3'] },
    ]);
  });

  it('gives one worker everything', () => {
    expect(deal(['a', 'b'], 1)).toEqual([{ indices: [0, 1], records: ['a', 'b'] }]);
  });
});

describe('median', () => {
  it('is the middle run whatever the order, and refuses an empty list', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(() => median([])).toThrow();
  });
});
