import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Listening, reading, writing and speaking a named language are one ask: command of that language. */
describe('the skills of a language', () => {
  it('read as the language requirement, not as communication skills besides', () => {
    const ids = ruleIds(
      'You should be able to show you can read, use listening, writing and speaking skills in English well enough ' +
        'for clear communication with people in clinic',
      'Specialty Doctor',
    );
    expect(ids).toContain('comm-language');
    expect(ids).not.toContain('comm-interpersonal');
    expect(ids).not.toContain('comm-verbal-written');
  });

  it('leaves communication alone where fewer of the skills are named', () => {
    const ids = ruleIds('Good listening skills and clear written communication in English', 'Receptionist');
    expect(ids).toContain('comm-interpersonal');
  });
});
