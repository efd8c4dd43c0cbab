import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Teaching in a list: a qualification is the qualification only; training beside supervising is teaching. */
const ids = (text: string) => ruleIds(text, 'Clinical Educator');

describe('teaching and training in lists', () => {
  it('reads a teaching qualification written in a list as the qualification, not also the skill', () => {
    const found = ids('A teaching/assessing qualification');
    expect(found).toContain('qual-teaching');
    expect(found).not.toContain('lead-teaching-training');
  });

  it('reads a recognised teaching and assessing qualification as the one qualification its joined name is', () => {
    expect(ids('Holds a recognised teaching and assessing qualification')).toEqual(['qual-practice-assessor']);
  });

  it('reads training experience beside supervising others as teaching others', () => {
    expect(ids('Mentoring and training experience')).toEqual(
      expect.arrayContaining(['lead-coaching-mentoring', 'lead-teaching-training']),
    );
    expect(ids('Some previous training experience')).not.toContain('lead-teaching-training');
  });
});
