import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';

/** A level is the applicant's band only when it is the level of their own experience or post. */
// The hand rules alone: the learned model is trained and tested apart.
const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const ids = (text: string) => [
  ...new Set(
    matchText(matcher, text, { title: 'Service Manager' })
      .filter((h) => !h.negated)
      .map((h) => h.skillId),
  ),
];

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
