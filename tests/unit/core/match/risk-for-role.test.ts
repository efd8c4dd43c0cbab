import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';

/** Handling risk is the patients' risk on a clinical advert, the organisation's on others, unless the text says. */
// The hand rules alone: the learned model is trained and tested apart.
const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const ids = (text: string, title?: string) => [
  ...new Set(
    matchText(matcher, text, title ? { title } : {})
      .filter((h) => !h.negated)
      .map((h) => h.skillId),
  ),
];

describe('handling risk, read by the role', () => {
  it('is clinical risk assessment on the advert of a clinical role', () => {
    expect(ids('Confident to assess and manage risk', 'Community Psychiatric Nurse')).toEqual(['clin-risk-assessment']);
    expect(ids('Competent in completing risk assessments', 'Band 6 Occupational Therapist')).toEqual([
      'clin-risk-assessment',
    ]);
    expect(ids('Sound approach to risk management', 'Specialty Doctor')).toEqual(['clin-risk-assessment']);
  });

  it('stays organisational risk on the advert of another role', () => {
    expect(ids('Confident to assess and manage risk', 'Facilities Supervisor')).toEqual(['gov-risk-management']);
    expect(ids('Sound approach to risk management', 'Finance Officer')).toEqual(['gov-risk-management']);
    expect(ids('Sound approach to risk management')).toEqual(['gov-risk-management']);
  });

  it('stays organisational when the criterion names the organisation’s side, whatever the role', () => {
    expect(ids('Understands clinical governance and risk management', 'Staff Nurse')).toContain('gov-risk-management');
    expect(ids('Carries out risk assessments under health and safety law', 'Staff Nurse')).not.toContain(
      'clin-risk-assessment',
    );
    expect(ids('Keeps the ward risk register up to date', 'Ward Sister Charge Nurse')).toEqual(['gov-risk-management']);
    expect(ids('Manages risk within the project budget', 'Lead Physiotherapist')).not.toContain('clin-risk-assessment');
  });

  it('does not take the applicant’s organisational skills for the organisation’s risk', () => {
    expect(ids('Good organisational skills and risk management', 'Mental Health Nurse')).toContain(
      'clin-risk-assessment',
    );
  });
});
