import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** What the employer says it is committed to is the employer's, not an ask of the applicant. */

describe("the employer's own commitments", () => {
  it('ask nothing of the applicant, up to where a clause of its own starts', () => {
    expect(
      ruleIds(
        'The Trust is committed to safeguarding children, therefore the successful applicant will need a DBS check',
      ),
    ).toEqual(['other-dbs-checks']);
    expect(ruleIds('We are committed to research and are looking for a motivated nurse')).toEqual([
      'val-motivation-initiative',
    ]);
    expect(ruleIds('Our service is fully committed to equality and diversity')).toEqual([]);
  });

  it("keeps the applicant's own commitment", () => {
    expect(ruleIds('You will be committed to safeguarding vulnerable adults')).toEqual(['gov-safeguarding']);
    expect(ruleIds('A nurse who is committed to clinical research')).toContain('gov-research');
  });
});
