import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Deputising is taking charge of the ward only where the post stood in for is the ward's own or none is named. */

describe('deputising for a post above or outside the ward', () => {
  it('is no shift coordination', () => {
    expect(ruleIds('Willing to deputise for our estates director')).not.toContain('lead-shift-coordination');
    expect(ruleIds('You deputise in the absence of our pharmacy head')).not.toContain('lead-shift-coordination');
    expect(ruleIds('Able to deputise in a service manager role')).not.toContain('lead-shift-coordination');
    expect(ruleIds('Deputising for the senior and principal clinicians')).not.toContain('lead-shift-coordination');
    expect(ruleIds('Deputises for the finance and estates directors')).not.toContain('lead-shift-coordination');
  });

  it('keeps the ward, its team or grade, and deputising alone', () => {
    expect(ruleIds('Can deputise for our ward manager at weekends')).toContain('lead-shift-coordination');
    expect(ruleIds('Happy to deputise for the unit lead when needed')).toContain('lead-shift-coordination');
    expect(ruleIds('Deputises for a sister of band 7 at night')).toContain('lead-shift-coordination');
    expect(ruleIds('Experience of deputising when required')).toContain('lead-shift-coordination');
    expect(ruleIds('Deputise as required and liaise with the matron')).toContain('lead-shift-coordination');
  });
});
