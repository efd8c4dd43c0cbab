import { describe, expect, it } from 'vitest';
import { buildSearchIndex, exactMatches, searchSkills } from '../../../../src/core/taxonomy/search-skills';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

const index = buildSearchIndex(defaultMatcher().skills.values());
const first = (q: string) => searchSkills(index, q)[0]?.id;

describe('searchSkills', () => {
  it('finds skills by label, variant or abbreviation', () => {
    expect(first('clinical au')).toBe('gov-clinical-audit');
    // A registered general nurse is registered in the adult field (which implies a registered nurse).
    expect(first('RGN')).toBe('reg-nmc-field-adult');
    expect(first('excel')).toBe('it-ms-office');
  });

  it('ranks a match in the label before a match in a variant', () => {
    expect(first('communication')).toBe('comm-verbal-written');
    expect(first('audit')).toBe('gov-clinical-audit');
    expect(first('Excel')).toBe('it-ms-office');
    expect(first('governance')).toBe('gov-clinical-governance');
    // Whole words of a label before a word of it that only starts so.
    const communication = searchSkills(index, 'communication').map((s) => s.label);
    expect(communication.indexOf('Verbal and written communication')).toBeLessThan(
      communication.indexOf('Communicating complex or sensitive information'),
    );
  });

  it('finds the skill whose label, variant or abbreviation is exactly what was typed', () => {
    const ids = (q: string) => exactMatches(index, q).map((s) => s.id);
    expect(ids('Excel')).toEqual(['it-ms-office']);
    expect(ids('  clinical   audit ')).toEqual(['gov-clinical-audit']);
    expect(ids('RGN')).toEqual(['reg-nmc-field-adult']);
    expect(ids('clinical au')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('normalises spelling like the matcher', () => {
    expect(searchSkills(index, 'organization').map((s) => s.id)).toContain('other-organisation-time');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchSkills(index, '   ')).toEqual([]);
    expect(searchSkills(index, 'a', 3)).toHaveLength(3);
  });
});
