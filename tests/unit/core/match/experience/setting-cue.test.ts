import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "setting" cues experience of a specialty only where the clause asks for experience; phrasings invented. */
describe('a setting as a cue for experience', () => {
  it('cues it in a clause that asks for experience, however far the word', () => {
    expect(
      ruleIds(
        'Has gained substantial experience with adults who have complex needs in a forensic setting',
        'Staff Nurse',
      ),
    ).toContain('exp-specialty');
    expect(ruleIds('Currently employed and working in a renal setting', 'Staff Nurse')).toContain('exp-specialty');
  });

  it('cues it in the rest of an ask broken off by its level', () => {
    expect(ruleIds('preferable in a hospice setting', 'Staff Nurse')).toContain('exp-specialty');
  });

  it('does not where the clause asks for an understanding, an ability or a passion', () => {
    expect(
      ruleIds('A good understanding of the role of therapy within a hospice setting', 'Staff Nurse'),
    ).not.toContain('exp-specialty');
    expect(ruleIds('Passionate about caring for families in a hospice setting', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
  });
});
