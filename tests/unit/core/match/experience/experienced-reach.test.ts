import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "experienced" cues experience of what follows it, not of what precedes it or the post's work; phrasings invented. */
describe('how far "experienced" reaches', () => {
  it('cues a field named after it', () => {
    expect(ruleIds('Candidates must be experienced in neonatal care', 'Staff Nurse')).toContain('exp-specialty');
    expect(ruleIds('We need experienced Oncology Nurses for our bank', 'Staff Nurse')).toContain('exp-specialty');
  });

  it('does not cue a field named before it, or after an infinitive', () => {
    expect(ruleIds('Our Stroke Unit is recruiting experienced Staff Nurses', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('We seek an experienced Dietitian to support adults with diabetes', 'Dietitian')).not.toContain(
      'exp-specialty',
    );
  });
});
