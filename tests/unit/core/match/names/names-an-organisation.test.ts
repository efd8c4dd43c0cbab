import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A skill's words inside the capitalised name of an organisation or a part of one are the name. */

describe('skills inside the name of an organisation', () => {
  it('ask for nothing: the words name the organisation or its part', () => {
    expect(ruleIds('Experience of working for a Teaching Hospitals NHS Trust')).not.toContain('lead-teaching-training');
    expect(ruleIds('You will liaise with the Assertive Outreach Service daily')).toEqual([]);
    expect(ruleIds('Support the Equality and Diversity Steering Group')).toEqual([]);
  });

  it('keep a skill whose own phrase ends on the noun, and the same words in lower case', () => {
    expect(ruleIds('Experience of working in a Multidisciplinary Team')).toEqual(['comm-mdt']);
    expect(ruleIds('Experience of teaching in a hospital')).toEqual(['lead-teaching-training']);
  });

  it('read a text in title case as if its capitals named nothing', () => {
    expect(ruleIds('Experience Of Teaching Students In A Hospital Service')).toContain('lead-teaching-training');
  });
});
