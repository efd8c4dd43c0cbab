import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Managing risk is clinical when it is the risk of the people cared for, organisational otherwise. */
const ids = (text: string) => ruleIds(text, 'Team Manager');

describe('clinical and organisational risk', () => {
  it('is clinical risk when the risk is to patients, clients or service users', () => {
    expect(ids('Can identify, monitor and reduce risks to clients living at home')).toEqual(['clin-risk-assessment']);
    expect(ids('Sound judgement in managing risk of self-harm')).toContain('clin-risk-assessment');
    expect(ids('Sound judgement in managing risk of self-harm')).not.toContain('gov-risk-management');
  });

  it('is organisational risk management otherwise, also beside clinical governance', () => {
    expect(ids('Experience of managing risks on a departmental risk register')).toContain('gov-risk-management');
    expect(ids('Working knowledge of clinical governance and risk management')).toEqual([
      'gov-clinical-governance',
      'gov-risk-management',
    ]);
  });

  it('reads analysing, identifying, evaluating or controlling risk as handling it', () => {
    expect(ids('Sound grasp of budgets, project planning and risk analysis')).toContain('gov-risk-management');
    expect(ids('Skilled at identifying risks to the delivery of a project')).toContain('gov-risk-management');
    expect(ids('Experience of identifying risks to patients on the ward')).toContain('clin-risk-assessment');
    expect(ids('Experience of identifying risks to patients on the ward')).not.toContain('gov-risk-management');
  });

  it('is clinical risk with the people cared for named anywhere in the clause, not only near the phrase', () => {
    const far = 'Confident risk assessment skills are needed for a role spent mostly on lone home visits to clients';
    expect(ids(far)).toContain('clin-risk-assessment');
    expect(ids(far)).not.toContain('clin-assessment');
    expect(
      ids('Able to manage risks calmly and confidently during long and often unplanned home visits to service users'),
    ).toEqual(['clin-risk-assessment']);
  });

  it('is not clinical risk from a distant cue when the clause names the organisation side', () => {
    expect(
      ids(
        "Confident risk management skills, as the post links the trust's incident systems with the ward teams and their patients",
      ),
    ).not.toContain('clin-risk-assessment');
  });
});
