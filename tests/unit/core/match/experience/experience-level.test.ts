import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Experience whose object is a level of post (rule 9); phrasings written for the tests. */
const experience = (text: string, title = 'Staff Nurse') => ruleIds(text, title).filter((id) => id.startsWith('exp-'));

describe('an experience object that is a level of post', () => {
  it('is a senior word with the post it qualifies', () => {
    expect(experience('Considerable experience in a senior therapy position')).toEqual(['exp-band-level']);
    expect(experience('Experience in a deputy role on a busy ward')).toContain('exp-band-level');
  });

  it('is a grade named before "level" or "grade"', () => {
    expect(experience('Clinical experience at registrar level', 'Specialty Doctor')).toEqual(['exp-band-level']);
    expect(experience('Two years experience at SHO grade', 'Specialty Doctor')).toEqual(['exp-band-level']);
  });

  it('is no level of a qualification, nor a senior word without a post', () => {
    expect(experience('Experience of study at degree level')).not.toContain('exp-band-level');
    expect(experience('Experience of supporting senior colleagues')).not.toContain('exp-band-level');
  });

  it('is a senior role named after the object, as the post the experience was gained in', () => {
    expect(experience('Experience of working in endoscopy as a deputy or senior nurse')).toEqual([
      'exp-specialty',
      'exp-band-level',
    ]);
    expect(experience('Experience of working in endoscopy as a staff nurse')).toEqual(['exp-specialty']);
  });
});
