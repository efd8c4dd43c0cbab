import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

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

  it('bounds a requirement with "defined by", "covered by" or "the provisions of"', () => {
    expect(
      ruleIds('A driving licence for visits to clinics, save for exemptions as defined by the Equality Act'),
    ).toEqual(['other-driving-travel']);
    expect(ruleIds('A sound record of attendance, bearing in mind absences covered by the Equality Act')).not.toContain(
      'val-equality-inclusion',
    );
    expect(ruleIds('A driving licence, under the provisions of the law on equality at work')).not.toContain(
      'val-equality-inclusion',
    );
  });

  it('is still read where the law itself is what the applicant must know', () => {
    expect(ruleIds('Sound knowledge of the Equality Act and how it applies to recruitment')).toContain(
      'val-equality-inclusion',
    );
    expect(ruleIds('Care planned by the nurse and covered in induction, with respect for dignity')).toContain(
      'val-respect-dignity',
    );
  });
});
