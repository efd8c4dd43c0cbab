import { describe, expect, it } from 'vitest';
import type { CriterionReport } from '../../../../src/core/model/report';
import { groupCriteria } from '../../../../src/core/present/group-criteria';

const item = (id: string, category: string | null, level: 'essential' | 'desirable'): CriterionReport => ({
  criterion: { id, category, level, text: id, hits: [] },
  status: 'not-a-skill',
  skills: [],
});

describe('groupCriteria', () => {
  it('keeps the advert order of categories and puts essential before desirable', () => {
    const groups = groupCriteria([
      item('a', 'Experience', 'desirable'),
      item('b', 'Qualifications', 'essential'),
      item('c', 'Experience', 'essential'),
      item('d', null, 'essential'),
    ]);
    expect(groups.map((g) => [g.category, g.levels.map((l) => [l.level, l.items.map((i) => i.criterion.id)])])).toEqual(
      [
        [
          'Experience',
          [
            ['essential', ['c']],
            ['desirable', ['a']],
          ],
        ],
        ['Qualifications', [['essential', ['b']]]],
        ['Other criteria', [['essential', ['d']]]],
      ],
    );
  });
});
