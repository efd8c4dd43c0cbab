import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Experience the post offers is not experience asked of the applicant; phrasings invented for the tests. */
describe('experience to be gained in the post', () => {
  it('asks for no experience of what the post lets one gain', () => {
    expect(ruleIds('A chance to gain experience in vascular surgery', 'Junior Fellow')).not.toContain('exp-specialty');
    expect(ruleIds('Ideal for a nurse keen to develop their experience in oncology', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('You will be building your clinical experience on the stroke unit', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
  });

  it('nor where what is gained is listed with the experience, or the verb says obtaining or growing it', () => {
    expect(
      ruleIds('Suits someone keen to build their knowledge, confidence and experience in renal care', 'Nurse'),
    ).not.toContain('exp-specialty');
    expect(ruleIds('A post to grow your skills and experience as a band 6 therapist', 'Physiotherapist')).not.toContain(
      'exp-band-level',
    );
    expect(
      ruleIds('The rotation is a way to obtain wide experience in general surgery', 'Junior Fellow'),
    ).not.toContain('exp-specialty');
  });

  it('still asks where a skill, not the experience, is what the verb takes', () => {
    expect(ruleIds('Able to develop staff, with experience in renal care', 'Nurse')).toContain('exp-specialty');
  });

  it('nor of the work that experience is of', () => {
    expect(
      ruleIds('Wanting to gain experience of working with adults with eating disorders', 'Therapist'),
    ).not.toContain('exp-specialty');
  });

  it('nor of what "to experience" a place or a specialty names', () => {
    expect(ruleIds('A rotation that lets you experience a range of specialities', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('Anyone hoping to experience neonatal care', 'Staff Nurse')).not.toContain('exp-specialty');
  });

  it('still asks for experience already gained, or asked for beside it', () => {
    expect(ruleIds('Having gained experience in orthopaedics', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('Experience of working in critical care', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('Experience gained in a renal unit', 'Staff Nurse')).toContain('exp-specialty');
  });
});
