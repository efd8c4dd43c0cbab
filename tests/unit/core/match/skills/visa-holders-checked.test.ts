import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A visa or sponsorship in the subject of an ask for a check says whom the check is asked of. */

describe('visa holders asked for a check', () => {
  it('are asked for the check, not for the right to work', () => {
    for (const text of [
      'Applicants who need a work visa must also send a criminal record certificate from abroad',
      'Staff we sponsor on a Tier 2 visa will be required to show a criminal record certificate from overseas',
      'Skilled worker visa candidates, coming from abroad, must provide a criminal record certificate',
    ]) {
      expect(ruleIds(text)).toContain('other-dbs-checks');
      expect(ruleIds(text)).not.toContain('other-right-to-work');
    }
  });

  it('keeps the right to work where the clause asks for it or lists it with the check', () => {
    expect(ruleIds('You must hold a visa and a clear DBS check')).toContain('other-right-to-work');
    expect(ruleIds('A work permit and a DBS check are required')).toContain('other-right-to-work');
    expect(ruleIds('You will need a visa and must also have a DBS check')).toContain('other-right-to-work');
  });
});
