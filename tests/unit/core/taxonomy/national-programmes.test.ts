import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A national programme or agenda named after a service is policy to know; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Community Midwife');

describe('national programmes named after a service', () => {
  it.each([
    'Familiar with the aims of the Maternity Transformation Programme',
    'Aware of the national mental health agenda',
    'Understands Better Births',
  ])('%s is knowledge of NHS policy', (text) => {
    expect(ids(text)).toContain('other-nhs-knowledge');
  });

  it('is not a change to lead', () => {
    expect(ids('Familiar with the aims of the Cancer Transformation Programme')).not.toContain(
      'lead-change-management',
    );
    expect(ids('Able to lead a transformation programme')).toContain('lead-change-management');
  });
});
