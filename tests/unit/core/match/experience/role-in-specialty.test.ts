import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** An experienced role placed in a field asks for experience of the field (decision 9); phrasings invented. */
describe('an experienced role placed in a field', () => {
  it('is experience of the field, not only of the profession', () => {
    for (const text of [
      'Are you an experienced Registered Nurse working in Cardiology?',
      'We want an experienced Physiotherapist currently based in a stroke unit',
    ]) {
      const ids = ruleIds(text, 'Staff Nurse');
      expect(ids, text).toContain('exp-specialty');
      expect(ids, text).not.toContain('exp-post-registration');
    }
  });

  it('is experience of the profession when no field follows, or the field is the post’s work', () => {
    expect(ruleIds('Are you an experienced Registered Nurse looking for a change?', 'Staff Nurse')).toContain(
      'exp-post-registration',
    );
    expect(ruleIds('We want an experienced Dietitian to work in our diabetes clinic', 'Dietitian')).toContain(
      'exp-post-registration',
    );
  });
});
