import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Care experience asked for by naming the field itself as where it was gained. */
describe('experience in the field of care', () => {
  it('reads the field named after experience or a background', () => {
    expect(ruleIds('Some experience within health care would help', 'Ward Clerk')).toContain('exp-care-setting');
    expect(ruleIds('A background in health and social care', 'Support Worker')).toContain('exp-care-setting');
    expect(ruleIds('Two years of experience in caring', 'Care Assistant')).toContain('exp-care-setting');
  });

  it('reads working in the field when experience is asked for', () => {
    expect(ruleIds('Experience of working in social care', 'Support Worker')).toContain('exp-care-setting');
    expect(ruleIds('Previous experience working in a caring environment', 'Porter')).toContain('exp-care-setting');
  });

  it('does not read a narrower thing the field names', () => {
    expect(ruleIds('Experience in care planning for complex patients', 'Staff Nurse')).not.toContain(
      'exp-care-setting',
    );
    expect(ruleIds('Experience in healthcare informatics', 'Analyst')).not.toContain('exp-care-setting');
  });

  it('does not read a qualification or a career in the field as experience', () => {
    expect(ruleIds('An NVQ level 2 in care, and experience of team work', 'Support Worker')).not.toContain(
      'exp-care-setting',
    );
    expect(ruleIds('Looking for a career in care? Experience is not needed', 'Care Assistant')).not.toContain(
      'exp-care-setting',
    );
  });
});
