import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Neonatal nursing names its post-registration award "qualified in specialty", often as QIS. */

describe('qualified in specialty', () => {
  it('is a specialist post-registration qualification, written out or as QIS', () => {
    expect(ruleIds('Ideally qualified in speciality for the special care baby unit')).toContain(
      'qual-specialist-post-reg',
    );
    expect(ruleIds('Applicants should be qualified in specialty')).toContain('qual-specialist-post-reg');
    expect(ruleIds('A band 6 nurse holding QIS')).toContain('qual-specialist-post-reg');
  });

  it('inside an experienced role says what the role is, leaving its experience', () => {
    expect(ruleIds('We want an experienced QIS nurse')).toEqual(
      expect.arrayContaining(['qual-specialist-post-reg', 'exp-post-registration']),
    );
  });

  it('is not read in lower case, where the letters are not the abbreviation', () => {
    expect(ruleIds('The qis of the ward')).not.toContain('qual-specialist-post-reg');
  });
});
