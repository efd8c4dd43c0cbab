import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A taxonomy phrase joining two things asks for each side's own skill as well. */
describe('a phrase joining two skills', () => {
  it('names the skill of each side that is a phrase on its own', () => {
    expect(ruleIds('Sound grasp of audits and clinical governance', 'Pharmacy Manager')).toEqual(
      expect.arrayContaining(['gov-clinical-audit', 'gov-clinical-governance']),
    );
    expect(ruleIds('Happy to work independently and as part of a team', 'Porter')).toEqual(
      expect.arrayContaining(['val-motivation-initiative', 'comm-teamwork']),
    );
  });

  it('leaves a side that only qualifies the noun after it, or is one word of the skill', () => {
    expect(ruleIds('Models compassionate and inclusive leadership', 'Matron')).not.toContain('val-compassion-care');
    expect(ruleIds('Touch typing with speed and accuracy', 'Secretary')).not.toContain('other-attention-detail');
  });

  it('reads a qualification joining two words as one name', () => {
    expect(ruleIds('Holds a teaching and assessing qualification', 'Staff Nurse')).not.toContain(
      'lead-teaching-training',
    );
  });
});
