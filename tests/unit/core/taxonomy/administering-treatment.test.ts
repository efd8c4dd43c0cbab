import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Giving a patient a treatment is no office work; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Staff Nurse');

describe('the administration of a treatment', () => {
  it.each([
    'Signed off for administration of chemotherapy on the day unit',
    'Trusted with administration of vaccines during winter clinics',
    'Some practice in the administration of intravenous antibiotics',
  ])('%s: not office administration', (text) => {
    expect(ids(text)).not.toContain('other-administration');
  });

  it('leaves office administration alone', () => {
    expect(ids('Two years of administration in a busy ward office')).toContain('other-administration');
    expect(ids('Sound administration skills')).toContain('other-administration');
  });
});
