import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Customer service asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Outpatients Receptionist');
const SERVICE = 'comm-customer-service';

describe('customer service in other words', () => {
  it.each([
    'A customer focussed way of working',
    'Values the relationship with our customers',
    'At ease in face-to-face contact with visitors',
    'Good customer relations',
  ])('%s', (text) => {
    expect(ids(text)).toContain(SERVICE);
  });

  it('is not read from relationships with colleagues', () => {
    expect(ids('Builds good relationships with colleagues')).not.toContain(SERVICE);
  });

  it('is not read from the front line of clinical care, only from the front line with customers', () => {
    expect(ids('At least three years of frontline clinical experience')).not.toContain(SERVICE);
    expect(ids('Appointed to a front line position in the ward team')).not.toContain(SERVICE);
    expect(ids('Happy working on the front line with visitors')).toContain(SERVICE);
  });

  it('is not read from the telephone as a way of delivering care or of being reached', () => {
    expect(ids('Able to carry out telephone assessments and home visits')).not.toContain(SERVICE);
    expect(ids('Offering telephone and video consultations to patients')).not.toContain(SERVICE);
    expect(ids('Must be contactable by telephone when on call')).not.toContain(SERVICE);
    expect(ids('Confident speaking to patients on the telephone')).toContain(SERVICE);
  });
});
