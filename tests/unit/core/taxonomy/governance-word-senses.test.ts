import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Governance words that have a clinical or everyday sense too; phrasings written for the tests. */
describe('investigations', () => {
  const ids = (text: string) => ruleIds(text, 'Advanced Practitioner');

  it('are the tests a clinician orders or performs where the clause says so', () => {
    expect(ids('Able to request and interpret diagnostic investigations')).not.toContain('gov-incident-management');
    expect(ids('Refers patients for further investigations when needed')).not.toContain('gov-incident-management');
    expect(ids('Skilled in performing cardiac investigations')).not.toContain('gov-incident-management');
  });

  it('are an inquiry otherwise', () => {
    expect(ids('Experience of leading complex investigations and writing up findings')).toContain(
      'gov-incident-management',
    );
  });
});

describe('good clinical practice', () => {
  const ids = (text: string) => ruleIds(text, 'Research Nurse');

  it("is research's own standard with a research word near it", () => {
    expect(ids('A current Good Clinical Practice certificate')).toContain('gov-research');
    expect(ids('Knowledge of Good Clinical Practice for clinical trials')).toContain('gov-research');
  });

  it('is good practice in general without one', () => {
    expect(ids('You will always show good clinical practice on the ward')).not.toContain('gov-research');
  });
});
