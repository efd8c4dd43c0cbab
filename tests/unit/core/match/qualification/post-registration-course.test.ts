import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "post registration" before a course says when it is taken, not experience; phrasings invented. */
describe('post registration before a course', () => {
  it('asks for no experience after registration', () => {
    expect(ruleIds('Holds a post registration teaching qualification', 'Staff Nurse')).not.toContain(
      'exp-post-registration',
    );
    expect(ruleIds('Completed a post-registration clinical module', 'Staff Nurse')).not.toContain(
      'exp-post-registration',
    );
  });

  it('asks for no experience when it qualifies students or a course three words on', () => {
    expect(ruleIds('Enjoys mentoring pre and post registration students', 'Staff Nurse')).not.toContain(
      'exp-post-registration',
    );
    expect(ruleIds('Holds a post registration renal intensive care award', 'Staff Nurse')).not.toContain(
      'exp-post-registration',
    );
  });

  it('is experience when an experience word comes before the course noun', () => {
    expect(ruleIds('Two years of post registration community experience supporting students', 'Staff Nurse')).toContain(
      'exp-post-registration',
    );
    expect(ruleIds('Evidence of post registration development', 'Staff Nurse')).toContain('exp-post-registration');
  });

  it('is still experience when it stands alone or qualifies experience too', () => {
    expect(ruleIds('Two years post registration', 'Staff Nurse')).toContain('exp-post-registration');
    expect(ruleIds('Two years post registration, and a teaching course', 'Staff Nurse')).toContain(
      'exp-post-registration',
    );
    expect(ruleIds('Extensive post-qualification training and experience in family therapy', 'Staff Nurse')).toContain(
      'exp-post-registration',
    );
  });
});
