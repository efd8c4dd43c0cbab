import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Care built round the person, in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Community Midwife');
const CENTRED = 'val-patient-centred';

describe('centred on the person', () => {
  it.each([
    'A woman-centred midwife',
    'Works in a family centered way',
    'A client centric outlook',
    'Offers a personalised approach',
  ])('%s', (text) => {
    expect(ids(text)).toContain(CENTRED);
  });

  it('is not planning individualised care', () => {
    expect(ids('Able to plan and evaluate individualised care')).not.toContain(CENTRED);
  });
});
