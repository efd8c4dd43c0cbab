import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A nursing field named before "registered nurse"; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Staff Nurse');

describe('the nursing field before "registered nurse"', () => {
  it.each([
    ['Open to any adult registered nurse on the bank', 'reg-nmc-field-adult'],
    ['Two years as a mental health registered nurse on wards', 'reg-nmc-field-mental-health'],
    ['You must be a child registered nurse', 'reg-nmc-field-child'],
    ['Hiring learning disability registered nurses for the new unit', 'reg-nmc-field-ld'],
  ])('%s: the register and its field', (text, field) => {
    expect(ids(text)).toEqual(expect.arrayContaining(['reg-nmc-nurse', field]));
  });
});

describe('a general nurse with words between it and "registered"', () => {
  it.each([
    'You will be an NMC registered general nurse',
    'Registered (band 5) general nurse wanted for nights',
    'A registered children’s or general nurse',
  ])('%s: the adult field', (text) => {
    expect(ids(text)).toEqual(expect.arrayContaining(['reg-nmc-nurse', 'reg-nmc-field-adult']));
  });

  it('is no register without a word of registering', () => {
    expect(ids('Time spent as a general nurse on surgical wards')).not.toContain('reg-nmc-field-adult');
  });
});
