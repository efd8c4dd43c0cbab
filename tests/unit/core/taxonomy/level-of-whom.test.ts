import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A level is the applicant's band only when it is the level of their own experience or post. */
const ids = (text: string) => ruleIds(text, 'Service Manager');

describe('whose level a level is', () => {
  it('is the applicant’s in their experience or post', () => {
    expect(ids('Experience of leading projects at a senior level')).toContain('exp-band-level');
    expect(ids('Two years of senior experience in a similar service')).toContain('exp-band-level');
    expect(ids('Has held a senior managerial role in a hospital')).toContain('exp-band-level');
    expect(ids('Experience at a management level in social care')).toContain('exp-band-level');
  });

  it('is not the applicant’s when it is the level of the people they deal with', () => {
    expect(ids('Confident liaising with directors at a senior level')).not.toContain('exp-band-level');
    expect(ids('Minute taking at senior level meetings')).not.toContain('exp-band-level');
  });

  it('is not a grade when it is the equivalent of a qualification', () => {
    expect(ids('A degree or an equivalent level of knowledge')).not.toContain('exp-band-level');
  });
});
