import { describe, expect, it } from 'vitest';
import { isFieldNoun } from '../../../../../src/core/match/experience/experience-fields';
import { ruleIds } from '../../../support/rule-ids';

/** Experience of a skill that is also a field of work, and of a role held; phrasings written for the tests. */
const ids = (text: string, title = 'Community Practitioner') => ruleIds(text, title);

describe('experience of a field that is also a skill', () => {
  it('is specialty experience when the object is the field as work or a role', () => {
    expect(ids('Some experience of health promotion work with schools')).toContain('exp-specialty');
    expect(ids('Previous experience as a health promotion adviser')).toContain('exp-specialty');
  });

  it('is only the skill when the object is an activity of the field', () => {
    expect(ids('Experience of public health surveillance')).not.toContain('exp-specialty');
    expect(ids('Experience of health promotion campaigns')).not.toContain('exp-specialty');
  });

  it('knows the nouns for a field or a role in one', () => {
    expect(isFieldNoun('work')).toBe(true);
    expect(isFieldNoun('adviser')).toBe(true);
    expect(isFieldNoun('surveillance')).toBe(false);
  });
});

describe('experience of a role held', () => {
  it('reads the role after "working as a" or "worked as a"', () => {
    expect(ids('Two years of experience working as a Physiotherapist', 'Band 6 Physiotherapist')).toContain(
      'exp-post-registration',
    );
    expect(ids('Worked as a physiotherapist', 'Band 6 Physiotherapist')).toContain('exp-post-registration');
  });

  it('ends the role at a link word, so the place it was held in is not read as the role', () => {
    expect(ids('Has worked as a physiotherapist in a private practice', 'Band 6 Physiotherapist')).toContain(
      'exp-post-registration',
    );
  });
});
