import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A level of experience named with the leadership it was in; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Head of Service');

describe('leadership named inside a level of experience', () => {
  it('asks for the level and the leadership', () => {
    expect(ids('Holds senior clinical leadership experience')).toEqual(
      expect.arrayContaining(['exp-band-level', 'lead-leadership']),
    );
    expect(ids('Has held a senior managerial position')).toEqual(
      expect.arrayContaining(['exp-band-level', 'lead-operational-management']),
    );
  });

  it('adds nothing to a level named without leadership', () => {
    expect(ids('Holds senior nursing experience')).not.toContain('lead-leadership');
  });
});
