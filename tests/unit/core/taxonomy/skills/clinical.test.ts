import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

const ASSESSMENT = 'clin-assessment';
const ids = (text: string) => ruleIds(text, 'Advanced Nurse Practitioner');

describe('assessing as a verb', () => {
  it('is clinical assessment beside whom it assesses or another step of clinical care', () => {
    expect(ids('Confident to assess, diagnose and refer people with chest pain')).toContain(ASSESSMENT);
    expect(ids('You will assess and support residents in their own rooms')).toContain(ASSESSMENT);
    expect(ids('Able to assess older clients at home and plan their therapy')).toContain(ASSESSMENT);
  });

  it('is not assessing a risk, a learner or a place named for assessment', () => {
    expect(ids('Able to assess the risks of the building works')).not.toContain(ASSESSMENT);
    expect(ids('You will assess students on placement with patients')).not.toContain(ASSESSMENT);
    expect(ids('Rotating between the day unit, the assessment unit and outpatients with patients')).not.toContain(
      ASSESSMENT,
    );
  });

  it('is not the passive, said of patients someone else assessed', () => {
    expect(ids('Patients will have been assessed by the referring team')).not.toContain(ASSESSMENT);
  });
});

describe('assessments the applicant carries out', () => {
  it('are clinical assessment after a verb of doing them', () => {
    expect(ids('Used to carrying out home visit assessments alone')).toContain(ASSESSMENT);
    expect(ids('Able to undertake video assessments from the hub')).toContain(ASSESSMENT);
    expect(ids('Some time spent completing first contact assessments')).toContain(ASSESSMENT);
  });

  it('are not an assessment the applicant undergoes, nor risks or learners assessed', () => {
    expect(ids('Shortlisted people will undertake an assessment of their typing')).not.toContain(ASSESSMENT);
    expect(ids('Able to complete fire risk assessments')).not.toContain(ASSESSMENT);
    expect(ids('Willing to carry out assessments of students')).not.toContain(ASSESSMENT);
  });
});
