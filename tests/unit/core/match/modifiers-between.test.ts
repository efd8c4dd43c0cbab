import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { ruleIds } from '../../support/rule-ids';

/** Words that qualify a phrase's noun after "a" are read past: the phrase is still the phrase. */

describe('modifiers between the article and the noun of a phrase', () => {
  it('are read past, however many of them (up to three)', () => {
    expect(ruleIds('Experience of managing a hectic team')).toEqual(['lead-line-management']);
    expect(ruleIds('Has led a large and varied team')).toContain('lead-leadership');
    expect(ruleIds('Able to work as part of a small, close team')).toEqual(['comm-teamwork']);
  });

  it('leave a more specific skill of the same kind that the modifiers name with the noun', () => {
    expect(ruleIds('Able to work as part of a busy multi-disciplinary team')).toEqual(['comm-mdt']);
  });

  it('add the phrase beside a skill of another kind the modifiers name, each over its own words', () => {
    const hits = matchText(defaultMatcher(), 'Experience of leading a large multidisciplinary team');
    expect(hits.map((h) => [h.skillId, h.matchedText])).toEqual([
      ['lead-leadership', 'leading a large'],
      ['comm-mdt', 'multidisciplinary team'],
    ]);
  });

  it('are not read past after "the", or where they name the team or a specialty', () => {
    expect(ruleIds('Keen to develop the regional screening services')).toEqual([]);
    expect(ruleIds('Part of a Medicines Management team')).toEqual([]);
    expect(ruleIds('Experience of working in a community mental health team', 'Staff Nurse')).not.toContain(
      'comm-teamwork',
    );
  });
});
