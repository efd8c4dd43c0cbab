import { describe, expect, it } from 'vitest';
import { clinicalTitle } from '../../../../src/core/match/autonomy-for-role';
import { matchText } from '../../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';

/** Labelling rule 8: working without supervision is autonomous practice in a clinical role, initiative in others. */
// The hand rules alone: the learned model is trained and tested apart.
const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const ids = (text: string, title?: string) => [
  ...new Set(
    matchText(matcher, text, title ? { title } : {})
      .filter((h) => !h.negated)
      .map((h) => h.skillId),
  ),
];

describe('working without supervision, read by the role', () => {
  it('is autonomous practice on a clinical advert', () => {
    expect(ids('Comfortable working autonomously on home visits', 'District Nurse')).toEqual(['clin-caseload']);
    expect(ids('Happy to practise with minimal supervision', 'Band 5 Physiotherapist')).toEqual(['clin-caseload']);
    expect(ids('An autonomous, well organised clinician', 'Endoscopy Practitioner')).toContain('clin-caseload');
  });

  it('is motivation and initiative on an advert for another role', () => {
    expect(ids('Comfortable working autonomously on a busy front desk', 'Ward Clerk')).toEqual([
      'val-motivation-initiative',
    ]);
    expect(ids('Meets deadlines with the minimum of supervision', 'Estates Plumber')).toContain(
      'val-motivation-initiative',
    );
  });

  it('is never supervising others', () => {
    expect(ids('Used to working in small teams with minimum supervision', 'Porter')).not.toContain(
      'lead-supervision-delegation',
    );
    expect(ids('Provides direct supervision of junior staff', 'Staff Nurse')).toContain('lead-supervision-delegation');
  });

  it('keeps the taxonomy’s own skill when the title is unknown', () => {
    expect(ids('Able to work autonomously')).toEqual(['clin-caseload']);
  });

  it('tells clinical titles from others', () => {
    expect(clinicalTitle('Senior Occupational Therapist')).toBe(true);
    expect(clinicalTitle('Theatre Practitioner')).toBe(true);
    expect(clinicalTitle('Medical Secretary')).toBe(false);
  });
});
