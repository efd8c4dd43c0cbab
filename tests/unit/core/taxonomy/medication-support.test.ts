import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Helping with medicines, asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Support Worker');
const MEDICINES = 'clin-medicines-management';

describe('helping with medicines in other words', () => {
  it.each([
    'Able to prompt medication at set times',
    'Follows medicines procedures',
    'Administers and supplies medicines under a group direction',
  ])('%s', (text) => {
    expect(ids(text)).toContain(MEDICINES);
  });

  it('is not read from prompts that are not about medicines', () => {
    expect(ids('Answers the phone prompts promptly')).not.toContain(MEDICINES);
  });
});
