import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "work" cues experience of a field where it is work done, not where it is part of a profession's name. */
describe('work as a cue for experience', () => {
  it('cues experience of a field where the work was done', () => {
    expect(ruleIds('Two years working in primary care', 'Band 6 Physiotherapist')).toContain('exp-specialty');
    expect(ruleIds('Has worked in acute services before', 'Staff Nurse')).toContain('exp-specialty');
  });

  it('does not when it is part of a profession’s name', () => {
    expect(
      ruleIds('Registered in nursing or social work, with a passion for mental health', 'Care Coordinator'),
    ).not.toContain('exp-specialty');
  });

  it('does not when it is work to be done in the post', () => {
    expect(ruleIds('To work across the renal and stroke wards as rostered', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('You will work in primary care clinics twice a week', 'Pharmacist')).not.toContain('exp-specialty');
  });

  it('does not when it is the work of a service, or the experience of the people served', () => {
    expect(ruleIds('Help shape the work of the diabetes service', 'Dietitian')).not.toContain('exp-specialty');
    expect(ruleIds('Surgical wards are keen to improve the patient experience', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
  });

  it('does not for an ability or a willingness to work somewhere', () => {
    expect(ruleIds('Able to work alone in the community', 'Staff Nurse')).not.toContain('exp-specialty');
    expect(ruleIds('Must be willing to work in a hospice', 'Midwife')).not.toContain('exp-specialty');
  });

  it('does not in a quality, nor for work beside the employer’s own people', () => {
    expect(ruleIds('Seeking hard working carers for our stroke unit', 'Healthcare Assistant')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('Delivering improvement working with our renal team', 'Service Manager')).not.toContain(
      'exp-specialty',
    );
  });

  it('does not where "working" describes the noun after it', () => {
    expect(ruleIds('A sound working knowledge of stroke care', 'Staff Nurse')).not.toContain('exp-specialty');
    expect(ruleIds('Builds close working relationships with the cardiology team', 'Secretary')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('Working knowledge of paediatric care', 'Staff Nurse')).not.toContain('exp-specialty');
  });

  it('still does for work done, as a noun or a participle', () => {
    expect(ruleIds('Previous work in a hospice setting', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('Able to show time working in community teams', 'Staff Nurse')).toContain('exp-specialty');
  });
});
