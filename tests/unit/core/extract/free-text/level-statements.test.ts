import { describe, expect, it } from 'vitest';
import { statements } from '../../../../../src/core/extract/free-text/level-statements';

describe('statements', () => {
  const two = 'You will run the clinic and a driving licence is essential, and ward experience would be an advantage';

  it('finds each level statement with where its subject starts', () => {
    const found = statements(two);
    expect(found.map(({ start, end }) => two.slice(start, end))).toEqual([
      'a driving licence is essential',
      'ward experience would be an advantage',
    ]);
    expect(found[0]!.breakAt).toBe(two.indexOf(' and a driving'));
  });

  it('gives the same answer when asked again, between questions about other sentences', () => {
    const first = statements(two).map((s) => ({ ...s }));
    expect(statements('Experience of audit is desirable')).toHaveLength(1);
    expect(statements('The team meets weekly')).toEqual([]);
    expect(statements(two)).toEqual(first);
  });
});
