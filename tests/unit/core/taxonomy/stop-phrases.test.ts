import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

/** Idioms around skill words name no skill; phrasings written for the tests. */
const matcher = defaultMatcher();
const ids = (text: string) => matchText(matcher, text).map((h) => h.skillId);

describe('idioms around skill words', () => {
  it('reads "a high degree of" as a measure, not a degree', () => {
    expect(ids('You will work with a high degree of accuracy')).not.toContain('qual-degree');
    expect(ids('Able to cope with a degree of pressure')).not.toContain('qual-degree');
    expect(ids('A degree or equivalent experience')).toContain('qual-degree');
  });

  it('reads "post graduate" and "inclusive of" as no skill', () => {
    expect(ids('5 years post graduate experience')).not.toContain('qual-degree');
    expect(ids('Hours inclusive of Monday to Friday')).toEqual([]);
  });

  it('reads life assurance and self-assurance as no organisational assurance', () => {
    expect(ids('Benefits include life assurance')).not.toContain('gov-risk-management');
    expect(ids('You will have the self-assurance to work alone')).not.toContain('gov-risk-management');
    expect(ids('Experience of risk and assurance frameworks')).toContain('gov-risk-management');
  });

  it('reads the recruitment an advert is part of, or of patients to a study, as no staff recruitment', () => {
    expect(ids('During the recruitment process we will check your references')).not.toContain('lead-line-management');
    expect(ids('Recruitment checks must be completed before you start')).not.toContain('lead-line-management');
    expect(ids('You will help with patient recruitment to clinical trials')).not.toContain('lead-line-management');
    expect(ids('Experience of staff recruitment and induction')).toContain('lead-line-management');
  });
});
