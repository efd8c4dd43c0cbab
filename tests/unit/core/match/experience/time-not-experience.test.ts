import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A word of time cues experience only as time spent working; phrasings invented for the tests. */
describe('a word of time as a cue for experience', () => {
  it('cues experience where it is time spent working', () => {
    expect(ruleIds('At least 18 months in an oncology setting', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('Two years on a cardiology ward', 'Staff Nurse')).toContain('exp-specialty');
  });

  it('does not where it is a time from now, a rate or the post’s term', () => {
    expect(ruleIds('Our oncology unit opens next year', 'Ward Clerk')).not.toContain('exp-specialty');
    expect(ruleIds('A 9 month fixed term post on the cardiology ward', 'Ward Clerk')).not.toContain('exp-specialty');
  });

  it('does not where it is a deadline, an award, a plan or an age', () => {
    expect(
      ruleIds('Entry on the specialist register in cardiology within 6 months of appointment', 'Consultant'),
    ).not.toContain('exp-specialty');
    expect(ruleIds('Voted oncology team of the year', 'Staff Nurse')).not.toContain('exp-specialty');
    expect(ruleIds('Knows the 10 year plan for oncology services', 'Staff Nurse')).not.toContain('exp-specialty');
  });
});

describe('leave named after a specialty', () => {
  it('is not the specialty', () => {
    expect(ruleIds('Previous experience welcome to cover maternity leave', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('Previous experience of maternity care', 'Staff Nurse')).toContain('exp-specialty');
  });
});
