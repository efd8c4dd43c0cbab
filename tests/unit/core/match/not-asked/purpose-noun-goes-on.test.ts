import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A purpose's noun phrase going on after a comma is still the purpose; phrasings invented. */
describe("a purpose's noun phrase over a comma", () => {
  it('is still what the post is for', () => {
    expect(ruleIds('We want a keen therapist to join our lively, multidisciplinary team')).not.toContain('comm-mdt');
    expect(ruleIds('A clinician is sought to help the ward deliver timely, compassionate care')).not.toContain(
      'val-compassion-care',
    );
  });

  it('stops at what is asked after it', () => {
    expect(
      ruleIds('We want a keen therapist to join our lively, multidisciplinary team, with good IT skills'),
    ).toContain('it-digital-literacy');
  });

  it('is asked where the clause names or describes the applicant, or the requirement is to be met', () => {
    expect(ruleIds('To thrive here you will be calm, compassionate and well organised')).toContain(
      'val-compassion-care',
    );
    expect(ruleIds('Nurses who will work to uphold the dignified, compassionate care we value')).toContain(
      'val-compassion-care',
    );
    expect(
      ruleIds('A podiatry degree to meet what the Health and Care Professions Council (HCPC) asks for registration'),
    ).toContain('reg-hcpc');
  });
});
