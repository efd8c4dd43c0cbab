import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** An award named with its level after it; phrasings written for the tests. */

describe('an award with its level after "at"', () => {
  it('is the qualification named with the level first', () => {
    expect(ruleIds('Three modules at level 7 or above')).toEqual(['qual-postgrad-cert-dip']);
    expect(ruleIds('Holds a qualification at level 6')).toEqual(['qual-degree']);
    expect(ruleIds('A qualification at masters level')).toEqual(['qual-masters']);
  });

  it('reads nothing where the turned words name no qualification', () => {
    expect(ruleIds('Training at a senior level')).not.toContain('qual-degree');
    expect(ruleIds('Courses at the hospital')).toEqual([]);
  });
});
