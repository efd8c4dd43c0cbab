import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Words that qualify the object of a verb in "-ing" are read past: "managing busy ward staff" is managing staff. */

describe('modifiers between a verb and its object', () => {
  it('are read past for what the applicant leads, manages or teaches', () => {
    expect(ruleIds('Has a history of managing busy clinical staff')).toContain('lead-line-management');
    expect(ruleIds('Track record in leading difficult organisational change')).toContain('lead-change-management');
    expect(ruleIds('Enjoys delivering tailored induction training sessions')).toContain('lead-teaching-training');
    expect(ruleIds('Experience managing large and varied services')).toContain('lead-operational-management');
  });

  it('are read past for the first of two joined verbs, which shares the second’s object', () => {
    expect(ruleIds('Skilled at managing and improving regional services')).toContain('lead-operational-management');
    expect(ruleIds('Good at leading and influencing gradual change')).toContain('lead-change-management');
    expect(ruleIds('Interested in managing and treating young patients')).not.toContain('lead-line-management');
  });

  it('are not read where the verb already makes a phrase with the next word', () => {
    expect(ruleIds('Experience of managing projects, leading ward improvement')).not.toContain(
      'lead-operational-management',
    );
  });

  it('are not read past a second verb, after an article, or when they name the people cared for', () => {
    expect(ruleIds('Keen on developing oneself and supporting others')).not.toContain('lead-teaching-training');
    expect(ruleIds('Happy to work in a developing regional service')).not.toContain('lead-service-development');
    expect(ruleIds('Skilled in providing parent education')).not.toContain('lead-teaching-training');
    expect(ruleIds('Interested in managing children and young people with asthma')).not.toContain(
      'lead-line-management',
    );
  });

  it('are not a piece of a word glued to the next, which names something else', () => {
    // "psychoeducation" is a treatment the clinician gives, not education delivered to staff.
    expect(ruleIds('Confident in delivering psychoeducation to service users')).not.toContain('lead-teaching-training');
    expect(ruleIds('Confident in delivering bespoke education to staff')).toContain('lead-teaching-training');
  });

  it('are read past after a verb in its base form after "to" or a conjunction', () => {
    expect(ruleIds('Able to manage busy clinical staff')).toContain('lead-line-management');
    expect(ruleIds('Keen to support and drive forward change')).toContain('lead-change-management');
  });

  it('are not read past a word pointing at the object, nor after a base form that follows "will"', () => {
    expect(ruleIds('Willing to develop these skills through training')).not.toContain('lead-teaching-training');
    expect(ruleIds('Although we will provide full training, you must be keen')).not.toContain('lead-teaching-training');
  });

  it('are read past for the care the applicant gives, as for what the applicant leads', () => {
    expect(ruleIds('Good at formulating realistic written plans with each family')).toContain('clin-care-planning');
    expect(ruleIds('Keen on promoting better physical health in schools')).toContain('clin-health-promotion');
    expect(ruleIds("Used to assessing varied needs in people's homes")).toContain('clin-assessment');
    expect(ruleIds('Comfortable managing serious risks to clients')).toContain('clin-risk-assessment');
  });

  it('are read past between working and how: autonomy, which the role makes clinical or a matter of initiative', () => {
    expect(ruleIds('Happy to work both autonomously and within a small team', 'Podiatrist')).toContain('clin-caseload');
    expect(ruleIds('Happy to work well autonomously and within a small team', 'Finance Officer')).toContain(
      'val-motivation-initiative',
    );
  });

  it('are read past after "the", "this" or a possessive that points at the object, a name in capitals too', () => {
    expect(ruleIds('Keen to inspire your porters team')).toContain('lead-leadership');
    expect(ruleIds('Keen to lead the Sterile Services team')).toContain('lead-leadership');
    expect(ruleIds('Eager to develop this outpatient service')).toContain('lead-service-development');
    expect(ruleIds('Able to manage our small admin team')).toContain('lead-line-management');
  });

  it('are not read past a possessive after developing: one’s own staff, not teaching', () => {
    expect(ruleIds('Able to develop their staff')).not.toContain('lead-teaching-training');
    expect(ruleIds('Able to develop the staff')).toContain('lead-teaching-training');
  });
});
