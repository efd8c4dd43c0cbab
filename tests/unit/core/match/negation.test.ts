import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Those a post is not open to are not asked for. */
describe('who is excluded', () => {
  it('is not asked for', () => {
    expect(ruleIds('The role is not suitable for newly registered nurses', 'Staff Nurse')).not.toContain(
      'reg-nmc-nurse',
    );
  });

  it('runs on through a lead-in ending in a colon', () => {
    expect(
      ruleIds('You are not eligible to apply for this scheme if you hold: an NVQ in customer service', 'Apprentice'),
    ).not.toContain('comm-customer-service');
  });

  it('leaves the next requirement alone', () => {
    expect(ruleIds('Not suitable for students. Customer service experience', 'Receptionist')).toContain(
      'comm-customer-service',
    );
  });
});
