import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Handling risk is the patients' risk on a clinical advert, the organisation's on others, unless the text says. */

describe('handling risk, read by the role', () => {
  it('is clinical risk assessment on the advert of a clinical role', () => {
    expect(ruleIds('Confident to assess and manage risk', 'Community Psychiatric Nurse')).toEqual([
      'clin-risk-assessment',
    ]);
    expect(ruleIds('Competent in completing risk assessments', 'Band 6 Occupational Therapist')).toEqual([
      'clin-risk-assessment',
    ]);
    expect(ruleIds('Sound approach to risk management', 'Specialty Doctor')).toEqual(['clin-risk-assessment']);
  });

  it('stays organisational risk on the advert of another role', () => {
    expect(ruleIds('Confident to assess and manage risk', 'Facilities Supervisor')).toEqual(['gov-risk-management']);
    expect(ruleIds('Sound approach to risk management', 'Finance Officer')).toEqual(['gov-risk-management']);
    expect(ruleIds('Sound approach to risk management')).toEqual(['gov-risk-management']);
  });

  it('stays organisational when the criterion names the organisation’s side, whatever the role', () => {
    expect(ruleIds('Understands clinical governance and risk management', 'Staff Nurse')).toContain(
      'gov-risk-management',
    );
    expect(ruleIds('Carries out risk assessments under health and safety law', 'Staff Nurse')).not.toContain(
      'clin-risk-assessment',
    );
    expect(ruleIds('Keeps the ward risk register up to date', 'Ward Sister Charge Nurse')).toEqual([
      'gov-risk-management',
    ]);
    expect(ruleIds('Manages risk within the project budget', 'Lead Physiotherapist')).not.toContain(
      'clin-risk-assessment',
    );
  });

  it('does not take the applicant’s organisational skills for the organisation’s risk', () => {
    expect(ruleIds('Good organisational skills and risk management', 'Mental Health Nurse')).toContain(
      'clin-risk-assessment',
    );
  });
});

describe('handling risk, read by the criterion’s own words', () => {
  it('is clinical risk assessment beside clinical work, families, carers or a stage of care, whatever the role', () => {
    expect(ruleIds('Makes clinical decisions and manages risk with confidence')).toContain('clin-risk-assessment');
    expect(ruleIds('Skilled at assessing risks faced by families at home')).toContain('clin-risk-assessment');
    expect(ruleIds('Manages risk when planning hospital discharges', 'Coordinator')).toContain('clin-risk-assessment');
  });

  it('stays organisational where the criterion names the organisation’s side, or nothing of care', () => {
    expect(ruleIds('Knows clinical governance and risk management')).toContain('gov-risk-management');
    expect(ruleIds('Manages risk across the clinical audit programme')).not.toContain('clin-risk-assessment');
    expect(ruleIds('Identifies risks in the delivery of a new phone system')).not.toContain('clin-risk-assessment');
  });
});
