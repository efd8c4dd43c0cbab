import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** The applicant as a good holder of a role asks for the role's skill; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Senior Practitioner');

describe('a quality of the applicant as a role holder', () => {
  it.each([
    ['You are a confident teacher', 'lead-teaching-training'],
    ['An experienced supervisor is needed', 'lead-supervision-delegation'],
    ['A skilled programme manager', 'lead-project-management'],
    ['You are a talented coach', 'lead-coaching-mentoring'],
    ['An inspiring leader', 'lead-leadership'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('is not the role alone', () => {
    expect(ids('Report to the site supervisor')).not.toContain('lead-supervision-delegation');
    expect(ids('Liaise with the project manager')).not.toContain('lead-project-management');
  });

  it.each([
    'You will be a calm and approachable leader',
    'We are looking for a practical ward leader',
    'Hoping to be a leader of stroke research in the region',
    'We are seeking an outward-looking clinical leader',
    'If you are a patient and steady leader, read on',
    'Are you a practical theatre leader?',
    'We hope to appoint a thoughtful leader for the unit',
  ])('%s: the applicant as a leader of whatever kind', (text) => {
    expect(ids(text)).toContain('lead-leadership');
  });

  it('is not a leader the applicant works with, nor the employer as a leader', () => {
    expect(ids('Report to the clinical leader of the unit')).not.toContain('lead-leadership');
    expect(ids('The hospital is a leader in heart surgery')).not.toContain('lead-leadership');
    expect(ids('We are a leader in eye care')).not.toContain('lead-leadership');
  });
});
