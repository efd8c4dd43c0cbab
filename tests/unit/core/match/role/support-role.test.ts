import { describe, expect, it } from 'vitest';
import { supportRoleTitle } from '../../../../../src/core/match/role/support-role';
import { ruleIds } from '../../../support/rule-ids';

/** Labelling rule 9: health or care experience asked of a role without registration is care experience. */
describe('experience of a place of care, on a support role', () => {
  it('is care experience for an assistant, a support worker or a secretary', () => {
    expect(ruleIds('Some experience on an acute surgical ward is preferred', 'Healthcare Assistant')).toContain(
      'exp-care-setting',
    );
    expect(ruleIds('Previous experience of working in a GP surgery', 'Medical Secretary')).toEqual([
      'exp-care-setting',
    ]);
    expect(ruleIds('Experience of community work would help', 'Community Support Worker')).toEqual([
      'exp-care-setting',
    ]);
  });

  it('is care experience in a care home, in supported living or on a ward', () => {
    expect(ruleIds('Experience of working in a care home', 'Healthcare Assistant')).toEqual(['exp-care-setting']);
    expect(ruleIds('Previous work in supported living', 'Support Worker')).toEqual(['exp-care-setting']);
    expect(ruleIds('Some experience on a busy hospital ward', 'Healthcare Assistant')).toEqual(['exp-care-setting']);
    expect(ruleIds('Ward based experience is desirable', 'Healthcare Assistant')).toEqual(['exp-care-setting']);
    expect(ruleIds('Experience of taking charge of a ward', 'Healthcare Assistant')).not.toContain('exp-care-setting');
    expect(ruleIds('Experience of working in an acute hospital', 'Healthcare Assistant')).toEqual(['exp-care-setting']);
    expect(ruleIds('Some experience in adult social care', 'Support Worker')).toEqual(['exp-care-setting']);
    expect(ruleIds('Previous work in a doctors surgery', 'Receptionist')).toEqual(['exp-care-setting']);
  });

  it('is care experience even when a profession names where the assistant works', () => {
    expect(ruleIds('Experience of working in a hospital pharmacy', 'Pharmacy Assistant')).toEqual(['exp-care-setting']);
  });

  it('stays a specialty when it names a field, not a place', () => {
    expect(ruleIds('Experience of caring for people living with dementia', 'Healthcare Assistant')).toContain(
      'exp-specialty',
    );
  });

  it('stays a specialty for a registered profession or a manager', () => {
    expect(ruleIds('Previous experience of working in a GP surgery', 'Practice Nurse')).toContain('exp-specialty');
    expect(ruleIds('Previous experience of working in a GP surgery', 'Practice Manager')).toContain('exp-specialty');
  });
});

describe('support role titles', () => {
  it('are assistants, support workers and office roles', () => {
    expect(supportRoleTitle('Band 3 Therapy Assistant')).toBe(true);
    expect(supportRoleTitle('Ward Clerk')).toBe(true);
    expect(supportRoleTitle('Senior Medical Secretary')).toBe(true);
    expect(supportRoleTitle('Occupational Therapy Technical Instructor')).toBe(true);
    expect(supportRoleTitle('Bank Physiotherapy TI')).toBe(true);
    expect(supportRoleTitle('Phlebotomist')).toBe(true);
  });

  it('are not a post an assistant word only qualifies', () => {
    expect(supportRoleTitle('Assistant Director of Nursing')).toBe(false);
    expect(supportRoleTitle('Assistant Psychologist')).toBe(false);
    expect(supportRoleTitle('Staff Nurse')).toBe(false);
    expect(supportRoleTitle(undefined)).toBe(false);
  });
});
