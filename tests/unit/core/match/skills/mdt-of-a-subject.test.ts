import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "Multi-disciplinary" and its kin before a subject, a method, teaching or a building say what kind of thing it is. */

describe('a multidisciplinary adjective before a subject, method, teaching or building', () => {
  it('names no multidisciplinary working', () => {
    expect(ruleIds('Laboratory work in cross-disciplinary physical science')).not.toContain('comm-mdt');
    expect(ruleIds('Knowledge of multi-agency assessment methods')).not.toContain('comm-mdt');
    expect(ruleIds('Keen on planning interprofessional teaching and training')).not.toContain('comm-mdt');
    expect(ruleIds('You will be working from a multi-professional clinic base')).not.toContain('comm-mdt');
  });

  it('keeps the team, its working and the people it names', () => {
    expect(ruleIds('Enjoys multidisciplinary team work on a busy unit')).toContain('comm-mdt');
    expect(ruleIds('Experience of multi-disciplinary team training')).toContain('comm-mdt');
    expect(ruleIds('Able to support allied health professionals and clinical science colleagues')).toContain(
      'comm-mdt',
    );
    expect(ruleIds('Contact with outside agencies like education services')).toContain('comm-mdt');
    expect(ruleIds('Contributes to MDT training of junior staff')).toContain('comm-mdt');
  });
});
