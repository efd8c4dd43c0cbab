import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Working alone or unsupervised, in other words; phrasings written for the tests. */
const INITIATIVE = 'val-motivation-initiative';
const CASELOAD = 'clin-caseload';

describe('working alone or unsupervised', () => {
  it.each([
    'Able to work without supervision',
    'Works well on their own',
    'Confident to work within a team and alone',
    'Uses their initiative',
    'Showing their own initiative',
  ])('%s', (text) => {
    expect(ruleIds(text, 'Medical Secretary')).toContain(INITIATIVE);
  });

  it('is autonomous practice in a clinical role', () => {
    expect(ruleIds('Able to work without supervision', 'Staff Nurse')).toContain(CASELOAD);
    expect(ruleIds('Able to work as a team member but also unsupervised', 'Community Nurse')).toContain(CASELOAD);
  });

  it('is not asked by a team "or alone", nor by patients living alone', () => {
    expect(ruleIds('Able to work in a team or alone', 'Medical Secretary')).not.toContain(INITIATIVE);
    expect(ruleIds('Experience of supporting patients who live alone', 'Support Worker')).not.toContain(INITIATIVE);
  });

  it('is not read from supervision received', () => {
    expect(ruleIds('Will work under supervision', 'Medical Secretary')).not.toContain(INITIATIVE);
  });
});
