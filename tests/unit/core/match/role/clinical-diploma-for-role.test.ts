import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A clinical diploma is the clinical pharmacy diploma on a pharmacist's advert, and nothing named elsewhere. */

describe('a clinical diploma, read by the role', () => {
  it('is the postgraduate clinical pharmacy training on a pharmacist’s advert', () => {
    expect(ruleIds('Holds a clinical diploma, or is working towards one', 'Rotational Pharmacist')).toEqual([
      'qual-clinical-pharmacy',
    ]);
    expect(ruleIds('A clinical certificate would be an advantage', 'Senior Clinical Pharmacist')).toEqual([
      'qual-clinical-pharmacy',
    ]);
  });

  it('names no skill on another advert or a pharmacy support role’s', () => {
    expect(ruleIds('Holds a clinical diploma', 'Pharmacy Assistant')).toEqual([]);
    expect(ruleIds('Holds a clinical diploma', 'Staff Nurse')).toEqual([]);
    expect(ruleIds('Holds a clinical diploma')).toEqual([]);
  });
});
