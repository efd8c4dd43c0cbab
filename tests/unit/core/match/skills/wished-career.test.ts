import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** The field of a career the applicant wishes for or sets out on is where they want to go, not a skill asked. */

describe('the field of a wished career', () => {
  it('is not asked', () => {
    expect(ruleIds('Keen to start a career in clinical research')).toEqual([]);
    expect(ruleIds('You will have a passion for a career in breast imaging')).toEqual([]);
    expect(ruleIds('A nurse hoping to build their career within palliative care', 'Staff Nurse')).not.toContain(
      'clin-end-of-life',
    );
  });

  it('keeps the other asks of the clause', () => {
    expect(ruleIds('Keen to develop a career in cardiac care, and two years of experience as a nurse')).toContain(
      'exp-post-registration',
    );
  });

  it("is asked where the career's part of the clause asks for experience, or no wish is named", () => {
    expect(ruleIds('Previous research experience and a wish to build a career in clinical research')).toContain(
      'gov-research',
    );
    expect(ruleIds('A long career in clinical research')).toContain('gov-research');
  });
});
