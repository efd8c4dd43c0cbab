import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

describe('the pharmacy technician qualification, by its level', () => {
  it('is a level 3 in pharmacy services, however the level is written', () => {
    expect(ruleIds('NVQ Level 3 in Pharmacy Services', 'Pharmacy Technician')).toEqual(['qual-pharmacy-technician']);
    expect(ruleIds('A pharmacy services qualification at level 3', 'Pharmacy Technician')).toContain(
      'qual-pharmacy-technician',
    );
  });

  it('is not a lower level in pharmacy services: that is the assistant’s', () => {
    expect(ruleIds('NVQ Level 2 in Pharmacy Services', 'Pharmacy Assistant')).toEqual([]);
    expect(ruleIds('Hold an NVQ2 in pharmacy services', 'Pharmacy Support Worker')).not.toContain(
      'qual-pharmacy-technician',
    );
  });

  it('is no qualification where pharmacy services is only the department', () => {
    expect(ruleIds('Keen to help shape the pharmacy service of the future', 'Senior Pharmacist')).not.toContain(
      'qual-pharmacy-technician',
    );
    expect(ruleIds('Able to run clinical pharmacy services on two wards', 'Clinical Pharmacist')).not.toContain(
      'qual-pharmacy-technician',
    );
  });

  it('is the award where a word of the award stands beside it', () => {
    expect(ruleIds('A BTEC certificate in pharmacy services or similar', 'Pharmacy Technician')).toContain(
      'qual-pharmacy-technician',
    );
  });
});
