import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchSkills } from '../../../../src/core/taxonomy/search-skills';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

const index = buildSearchIndex(defaultMatcher().skills.values());
const first = (q: string) => searchSkills(index, q)[0]?.id;

describe('searchSkills', () => {
  it('finds skills by label, variant or abbreviation', () => {
    expect(first('clinical au')).toBe('gov-clinical-audit');
    expect(first('RGN')).toBe('reg-nmc-nurse');
    expect(first('excel')).toBe('it-ms-office');
  });

  it('normalises spelling like the matcher', () => {
    expect(searchSkills(index, 'organization').map((s) => s.id)).toContain('other-organisation-time');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchSkills(index, '   ')).toEqual([]);
    expect(searchSkills(index, 'a', 3)).toHaveLength(3);
  });
});
