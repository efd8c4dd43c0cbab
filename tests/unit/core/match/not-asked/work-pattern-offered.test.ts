import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A working pattern the applicant wishes for, or the employer offers, is a benefit, not an ask. */

describe('a working pattern wished for or offered', () => {
  it('asks for nothing', () => {
    expect(ruleIds('If you are looking for flexible working hours, please get in touch')).toEqual([]);
    expect(ruleIds('Staff wishing to work flexible hours are encouraged to apply')).toEqual([]);
    expect(ruleIds('Part-time and flexible working are welcomed')).toEqual([]);
    expect(ruleIds('Flexible working options')).toEqual([]);
    expect(ruleIds('We can offer flexible working hours')).toEqual([]);
    expect(ruleIds('You may choose your own shifts')).toEqual([]);
  });

  it('keeps a pattern the applicant must be able or willing to work, or offers themselves', () => {
    expect(ruleIds('You must be able to work flexible hours')).toEqual(['other-work-pattern']);
    expect(ruleIds('Must be willing to work weekends and bank holidays')).toEqual(['other-work-pattern']);
    expect(ruleIds('We are looking for carers to work nights')).toContain('other-work-pattern');
    expect(ruleIds('You will be able to offer two days per week')).toEqual(['other-work-pattern']);
  });
});
