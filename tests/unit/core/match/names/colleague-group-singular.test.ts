import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A group of colleagues named in the singular is one person: the applicant or the post, not others to work with. */

describe('a group of colleagues named in the singular', () => {
  it('is the applicant, not multidisciplinary working', () => {
    expect(ruleIds('Applicants must be a Registered Nurse or Allied Health Professional')).not.toContain('comm-mdt');
    expect(ruleIds('We are seeking an allied health professional with stroke experience')).not.toContain('comm-mdt');
  });

  it('keeps the group in the plural, and before a plural noun it describes', () => {
    expect(ruleIds('Ability to work with allied health professionals')).toEqual(['comm-mdt']);
    expect(ruleIds('You will liaise with other professionals daily')).toContain('comm-mdt');
    expect(ruleIds('Good links with carers and other professional colleagues')).toContain('comm-mdt');
  });
});
