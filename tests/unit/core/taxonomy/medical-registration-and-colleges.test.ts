import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A doctor's registration and college membership in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Specialty Doctor');

describe('a doctor’s registration and college in other words', () => {
  it('reads a registered medical practitioner as GMC registration', () => {
    expect(ids('Applicants must be registered medical practitioners')).toContain('reg-gmc');
    expect(ids('A fully registered and licensed medical practitioner')).toContain('reg-gmc');
    expect(ids('Experience of medical practitioners’ rotas')).not.toContain('reg-gmc');
  });

  it('reads membership of a Royal College with or without "the", and accreditation by one', () => {
    expect(ids('Fellowship of Royal College of Surgeons')).toContain('qual-royal-college');
    expect(ids('Accredited by the relevant Royal College')).toContain('qual-royal-college');
  });
});
