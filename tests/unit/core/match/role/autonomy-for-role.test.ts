import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';
import { clinicalTitle } from '../../../../../src/core/match/role/autonomy-for-role';

/** Labelling rule 8: working without supervision is autonomous practice in a clinical role, initiative in others. */

describe('working without supervision, read by the role', () => {
  it('is autonomous practice on a clinical advert', () => {
    expect(ruleIds('Comfortable working autonomously on home visits', 'District Nurse')).toEqual(['clin-caseload']);
    expect(ruleIds('Happy to practise with minimal supervision', 'Band 5 Physiotherapist')).toEqual(['clin-caseload']);
    expect(ruleIds('An autonomous, well organised clinician', 'Endoscopy Practitioner')).toContain('clin-caseload');
  });

  it('is motivation and initiative on an advert for another role', () => {
    expect(ruleIds('Comfortable working autonomously on a busy front desk', 'Ward Clerk')).toEqual([
      'val-motivation-initiative',
    ]);
    expect(ruleIds('Meets deadlines with the minimum of supervision', 'Estates Plumber')).toContain(
      'val-motivation-initiative',
    );
  });

  it('is never supervising others', () => {
    expect(ruleIds('Used to working in small teams with minimum supervision', 'Porter')).not.toContain(
      'lead-supervision-delegation',
    );
    expect(ruleIds('Provides direct supervision of junior staff', 'Staff Nurse')).toContain(
      'lead-supervision-delegation',
    );
  });

  it('keeps the taxonomy’s own skill when the title is unknown', () => {
    expect(ruleIds('Able to work autonomously')).toEqual(['clin-caseload']);
  });

  it('tells clinical titles from others', () => {
    expect(clinicalTitle('Senior Occupational Therapist')).toBe(true);
    expect(clinicalTitle('Theatre Practitioner')).toBe(true);
    expect(clinicalTitle('Medical Secretary')).toBe(false);
  });
});
