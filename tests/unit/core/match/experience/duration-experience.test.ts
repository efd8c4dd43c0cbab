import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A bare duration of experience on a registered profession's advert (rule 9); phrasings written for the tests. */
const experience = (text: string, title: string) => ruleIds(text, title).filter((id) => id.startsWith('exp-'));

describe('a duration of experience with no field', () => {
  it.each([
    ['You should have at least four years of clinical experience', 'Dietitian'],
    ['Two years’ experience in a comparable post.', 'Speech and Language Therapist'],
    ['A Registered Nurse with 5 years service', 'Clinic Lead'],
    ['At least one year experience in a similar post gained recently', 'Staff Nurse'],
  ])('%s: post-registration experience', (text, title) => {
    expect(experience(text, title)).toEqual(['exp-post-registration']);
  });

  it('leaves a duration in a field to the experience objects', () => {
    expect(experience('3 years experience in renal care', 'Staff Nurse')).toEqual(['exp-specialty']);
    expect(experience('6 months experience working in the NHS', 'Staff Nurse')).toEqual([]);
    expect(experience('6 months experience in a similar role with a local trust', 'Staff Nurse')).toEqual([]);
  });

  it('is read beside a second ask for experience of a field', () => {
    expect(experience('Three years of clinical experience, plus some experience of renal care', 'Dietitian')).toEqual([
      'exp-post-registration',
      'exp-specialty',
    ]);
  });

  it('is not read for a role without registration', () => {
    expect(experience('At least 2 years of experience', 'Healthcare Assistant')).not.toContain('exp-post-registration');
    expect(experience('At least 2 years of experience', 'Finance Officer')).toEqual([]);
  });
});
