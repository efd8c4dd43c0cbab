import { describe, expect, it } from 'vitest';
import type { CriterionReport, CriterionStatus } from '../../../../src/core/model/report';
import { tallyCriteria } from '../../../../src/core/present/category-tally';

const item = (id: string, status: CriterionStatus): CriterionReport => ({
  criterion: { id, category: 'Experience', level: 'essential', text: id, hits: [] },
  status,
  skills: [],
});

describe('tallyCriteria', () => {
  it('counts a category in one line, in a fixed order, blockers apart from the other missing criteria', () => {
    const parts = tallyCriteria(
      [
        item('a', 'not-a-skill'),
        item('b', 'missing'),
        item('c', 'met'),
        item('d', 'missing'),
        item('e', 'partial'),
        item('f', 'met'),
        item('g', 'missing'),
      ],
      new Set(['b', 'd']),
    );
    expect(parts.map((p) => p.text)).toEqual([
      '2 met',
      '1 partly met',
      '2 blockers',
      '1 missing',
      '1 to check yourself',
    ]);
    // A blocker is marked as missing, and says where it is listed.
    const blocker = parts.find((p) => p.key === 'blocker')!;
    expect(blocker.symbol).toBe(parts.find((p) => p.key === 'missing')!.symbol);
    expect(blocker.where).toBe('listed above');
    expect(parts.filter((p) => p.where)).toHaveLength(1);
  });

  it('says "1 blocker" for one, and leaves out what the category does not have', () => {
    const parts = tallyCriteria([item('a', 'missing'), item('b', 'not-evidenced')], new Set(['a']));
    expect(parts.map((p) => [p.key, p.text])).toEqual([
      ['not-evidenced', '1 no example yet'],
      ['blocker', '1 blocker'],
    ]);
    expect(tallyCriteria([], new Set())).toEqual([]);
  });
});
