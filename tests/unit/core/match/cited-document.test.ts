import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A document cited as the source of a requirement is a reference, not a skill asked for. */
describe('a cited document', () => {
  it('names no skill of its own', () => {
    expect(
      ruleIds('Fluent spoken English, as set out in the Good Medical Practice guidance of the regulator', 'Doctor'),
    ).not.toContain('val-reliability-professionalism');
  });

  it('ends where the sentence goes on to ask for more', () => {
    expect(ruleIds('Skills as described in the job description with good communication skills')).toEqual([
      'comm-verbal-written',
    ]);
  });

  it('is still read where it is what the applicant must follow', () => {
    expect(ruleIds('Works in line with Good Medical Practice', 'Doctor')).toContain('val-reliability-professionalism');
  });
});
