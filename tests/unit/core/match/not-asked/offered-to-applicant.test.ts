import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** What the post gives the applicant (training, supervision, a mentor) is not asked of them. */

describe('what the post offers the applicant', () => {
  it('is not read as an ask when the employer offers it', () => {
    expect(ruleIds('We offer regular clinical supervision, CPD and a friendly team')).toEqual([]);
    expect(ruleIds('Ward experience is helpful as we can provide a full induction and a mentor')).not.toContain(
      'lead-coaching-mentoring',
    );
  });

  it('is not read as an ask when the applicant receives it or it is given', () => {
    expect(ruleIds('You will receive clinical supervision and coaching')).toEqual([]);
    expect(ruleIds('You will have access to mentoring from senior colleagues')).toEqual([]);
    expect(ruleIds('Phlebotomy skills are desirable however training in venepuncture will be provided')).toContain(
      'clin-venepuncture',
    );
    expect(ruleIds('Knowledge of SystmOne is desirable but training on the computer systems will be given')).toEqual([
      'it-clinical-systems',
    ]);
  });

  it('is not read as an ask when it is given to "you", whoever gives it', () => {
    expect(ruleIds('A busy post that will give you professional development and a great team')).toEqual([]);
    expect(ruleIds('Be caring, and the ward offers you support plus professional development')).toEqual([
      'val-compassion-care',
    ]);
  });

  it('is not read as an ask when it is given to the successful candidate or to applicants', () => {
    expect(ruleIds('The post offers the successful candidate a chance to develop leadership skills')).toEqual([]);
    expect(ruleIds('This rotation will give applicants experience of clinical research', 'Staff Nurse')).toEqual([]);
  });

  it("reads the opportunities the employer provides for the applicant's growth as offered", () => {
    expect(ruleIds('We will provide opportunities for further learning and professional development')).toEqual([]);
    expect(
      ruleIds('The service provides chances for career progression and continuing professional development'),
    ).toEqual([]);
  });

  it('keeps what the applicant gives, and the asks beside an offer', () => {
    expect(ruleIds('You will provide clinical supervision to junior staff')).toEqual(['lead-supervision-delegation']);
    expect(ruleIds('We offer a preceptorship and you will need excellent communication skills')).toEqual([
      'comm-verbal-written',
    ]);
    expect(ruleIds('We offer excellent training, a driving licence is essential')).toEqual(['other-driving-travel']);
    expect(ruleIds('We provide a seven day service so a commitment to weekend working is essential')).toContain(
      'other-work-pattern',
    );
    expect(ruleIds('It is essential that you have access to a car')).toContain('other-driving-travel');
    expect(ruleIds('We can offer an opportunity for a registered mental health nurse')).toContain(
      'reg-nmc-field-mental-health',
    );
  });

  it('reads supervision the applicant will have or works under as received, not given', () => {
    expect(ruleIds('You will have weekly supervision and a yearly appraisal meeting')).not.toContain(
      'lead-supervision-delegation',
    );
    expect(ruleIds('Willing to work under the close supervision of senior therapists')).toEqual([]);
    expect(ruleIds('You will have regular contact with families')).toEqual([]);
    expect(ruleIds('You will have experience of giving regular supervision')).toContain('lead-supervision-delegation');
  });

  it('reads the skills of experience the post lets the applicant gain as gained, not asked', () => {
    expect(ruleIds('A chance to gain experience in wound care and discharge planning')).toEqual([]);
    expect(ruleIds('Ideal for someone wanting to broaden their experience of leadership')).toEqual([]);
    expect(ruleIds('Have you experience in an acute setting?')).toContain('exp-specialty');
    expect(
      ruleIds('Gain experience in wound care, with the ability to work autonomously', 'Community Nurse'),
    ).toContain('clin-caseload');
  });
});
