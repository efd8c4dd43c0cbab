import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A client group is a specialty for a registered profession, and care experience for a support role. */
describe('experience of a client group', () => {
  it('is specialty experience on a registered profession’s advert', () => {
    const ids = ruleIds('Some years spent caring for older people in the community', 'Band 6 Occupational Therapist');
    expect(ids).toContain('exp-specialty');
    expect(ids).not.toContain('exp-care-setting');
  });

  it('names the group in the words after "patients"', () => {
    const ids = ruleIds('Experience of working with patients with chronic pain', 'Clinical Psychologist');
    expect(ids).toContain('exp-specialty');
    expect(ids).not.toContain('exp-care-setting');
  });

  it('stays care experience for a support role', () => {
    expect(ruleIds('Some experience caring for older people', 'Healthcare Assistant')).toContain('exp-care-setting');
  });
});
