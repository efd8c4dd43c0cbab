import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "experienced" before a role whose other words name no specialty; phrasings written for the tests. */
const experience = (text: string, title = '') => ruleIds(text, title).filter((id) => id.startsWith('exp-'));

describe('an experienced role with words of its own between', () => {
  it.each([
    ['We would like to hear from an experienced Dental Nurse', 'Dental Nurse'],
    ['Seeking an experienced, cheerful, energetic Staff Nurse', 'Staff Nurse'],
    ['Applications are invited from experienced remote-working trained paramedics', 'Paramedic'],
    ['An experienced part-time Practice Nurse is wanted', 'Practice Nurse'],
  ])('%s: post-registration experience', (text, title) => {
    expect(experience(text, title)).toEqual(['exp-post-registration']);
  });

  it('still reads a specialty the words name instead of the profession', () => {
    expect(experience('We want an experienced Cardiac Nurse', 'Staff Nurse')).toEqual(['exp-specialty']);
  });

  it('reads care experience for a care role', () => {
    expect(experience('We need an experienced Therapy Assistant', 'Therapy Assistant')).toEqual(['exp-care-setting']);
  });

  it('reads nothing for a post that is neither a profession nor a senior one', () => {
    expect(experience('We need an experienced Business Analyst', 'Analyst')).toEqual([]);
  });
});
