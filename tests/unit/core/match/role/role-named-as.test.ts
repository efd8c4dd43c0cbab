import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "As a …, you will …" describes the post, even when its title can name a qualification. */
describe('a role named after "as a" at the start of a sentence', () => {
  it('names no qualification', () => {
    expect(ruleIds('As an advanced practitioner you will run your own clinic', 'Physiotherapist')).not.toContain(
      'qual-advanced-practice',
    );
  });

  it('still reads the qualification where it is asked for', () => {
    expect(ruleIds('An MSc in advanced clinical practice', 'Nurse Practitioner')).toContain('qual-advanced-practice');
  });
});
