import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Knowledge of the NHS asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Project Officer');
const NHS = 'other-nhs-knowledge';

describe('knowledge of the NHS in other words', () => {
  it.each([
    'Has worked across the National Health Service before',
    'Some National Health Service experience',
    'Used to NHS IT processes',
    'A sound understanding of the health service',
  ])('%s', (text) => {
    expect(ids(text)).toContain(NHS);
  });

  it('is not read from a health service the applicant delivers', () => {
    expect(ids('Delivers a health service to local schools')).not.toContain(NHS);
  });
});
