import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Specialties an advert asks experience of, beyond the acute, community and mental health basics. */
describe('the specialty list', () => {
  it('knows diabetes, pre-operative assessment and outpatients as specialties', () => {
    expect(ruleIds('Some experience of diabetes would help', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('Prior experience in pre-assessment clinics', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('Experience of working in out patients', 'Nursing Assistant')).toContain('exp-specialty');
  });

  it('knows later life and CYP as client groups', () => {
    expect(ruleIds('Experience of mental health care in later life', 'Support Worker')).toContain('exp-specialty');
    expect(ruleIds('Experience with CYP and their families', 'Therapist')).toContain('exp-specialty');
  });

  it('knows substance misuse, decontamination and medical nursing as specialties', () => {
    expect(ruleIds('Has worked for some years in drug and alcohol services', 'Recovery Worker')).toContain(
      'exp-specialty',
    );
    expect(ruleIds('Some background in addiction work would help', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('Experience in a decontamination unit is an advantage', 'Technician')).toContain('exp-specialty');
    expect(ruleIds('Ward experience of medical nursing', 'Staff Nurse')).toContain('exp-specialty');
  });

  it('still needs the experience asked for', () => {
    expect(ruleIds('The service supports people with drug and alcohol problems', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('You will run the diabetes clinic on Tuesdays', 'Staff Nurse')).not.toContain('exp-specialty');
  });
});
