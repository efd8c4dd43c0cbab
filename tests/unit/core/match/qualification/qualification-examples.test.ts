import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A qualification asked for in general, with the professions it may be in as examples. */
describe('qualification examples', () => {
  it('reads each profession in a bracket after the general ask', () => {
    const ids = ruleIds('A core professional qualification (midwifery, dietetics or medicine)', 'Team Leader');
    expect(ids).toEqual(expect.arrayContaining(['qual-nursing-degree', 'qual-ahp-degree', 'qual-mbbs']));
  });

  it('reads a list opened by "e.g." or "including"', () => {
    expect(ruleIds('A degree in a health subject, e.g. pharmacy or podiatry', 'Service Lead')).toEqual(
      expect.arrayContaining(['qual-mpharm', 'qual-ahp-degree']),
    );
    expect(ruleIds('Relevant qualifications including AHP or nursing', 'Clinical Lead')).toEqual(
      expect.arrayContaining(['qual-ahp-degree', 'qual-nursing-degree']),
    );
  });

  it('reads nothing from professions named as roles, or from subjects that are no profession', () => {
    expect(ruleIds('A qualified physiotherapist or a qualified nurse', 'Therapy Lead')).not.toContain(
      'qual-ahp-degree',
    );
    expect(ruleIds('A degree in a science subject, e.g. chemistry or physics', 'Analyst')).toEqual(['qual-degree']);
  });

  it('reads no list that opens far from the general ask', () => {
    expect(
      ruleIds(
        'A relevant qualification and a good deal of experience of working with teams (nurses, doctors)',
        'Manager',
      ),
    ).not.toContain('qual-nursing-degree');
  });
});
