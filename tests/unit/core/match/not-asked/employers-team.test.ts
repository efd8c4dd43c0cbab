import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** The qualities of the team the applicant would join are the employer's, not asked of the applicant. */

describe('the team the applicant joins', () => {
  it('takes no value from the words describing the team joined', () => {
    expect(ruleIds('Come and join our kind, resilient and hard working team')).toEqual([]);
    expect(ruleIds('You would be part of a flexible and compassionate community team')).toEqual([]);
    expect(ruleIds('The post holder joins a highly motivated surgical unit')).toEqual([]);
  });

  it('takes the team’s qualities out of a span read as working in it, and keeps the working', () => {
    expect(ruleIds('Able to work as part of a kind and motivated team')).toEqual(['comm-teamwork']);
  });

  it('keeps the qualities asked of the applicant in the same sentence', () => {
    expect(ruleIds('We want a compassionate nurse to join our friendly ward team')).toEqual(['val-compassion-care']);
  });

  it('keeps the applicant’s own part in a team, and a team the applicant does not join', () => {
    expect(ruleIds('A flexible team player')).toEqual(['val-resilience-flexibility', 'comm-teamwork']);
    expect(ruleIds('Shows a flexible approach to the needs of the team')).toEqual(['val-resilience-flexibility']);
  });
});
