import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** The rest of an ask for experience, broken off by its level, keeps the experience's cue; phrasings invented. */
describe('a care setting in the rest of an ask for experience', () => {
  it('is read after an opening adverb that leads to the object', () => {
    expect(ruleIds('ideally in a hospital environment', 'Ward Clerk')).toEqual(['exp-care-setting']);
    expect(ruleIds('preferably within the health and social care sector', 'Receptionist')).toEqual([
      'exp-care-setting',
    ]);
  });

  it('needs the opening adverb: a setting alone asks for no experience', () => {
    expect(ruleIds('Based in a hospital environment', 'Ward Clerk')).not.toContain('exp-care-setting');
    expect(ruleIds('The team works in a hospital environment', 'Ward Clerk')).not.toContain('exp-care-setting');
  });

  it('needs the object straight after the adverb, not another ask', () => {
    expect(ruleIds('ideally have an interest in the care sector', 'Ward Clerk')).not.toContain('exp-care-setting');
  });
});
