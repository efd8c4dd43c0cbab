import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { namesField } from '../../../../../src/core/match/experience/experience-fields';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** Fields the specialty list does not know, read from the shape of the ask; phrasings written for the tests. */
const matcher = defaultMatcher();
const ids = (text: string) =>
  matchText(matcher, text, { title: 'Specialist Practitioner', category: null })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const generic = new Set(['work', 'project', 'health', 'public']);

describe('a field named by the shape of the ask', () => {
  it('reads a field noun with a word that says which field', () => {
    expect(namesField(['youth', 'offending', 'work'], generic, 'experience')).toBe(true);
    expect(namesField(['project', 'work'], generic, 'experience')).toBe(false);
    expect(namesField(['busy', 'clinical', 'work'], generic, 'experience')).toBe(false);
  });

  it('reads what a background is in, but not an activity or a vague word', () => {
    expect(namesField(['transfusion'], generic, 'background')).toBe(true);
    expect(namesField(['academic'], generic, 'background')).toBe(false);
    expect(namesField(['notes', 'summarising'], generic, 'background')).toBe(false);
    expect(namesField(['transfusion'], generic, 'experience')).toBe(false);
  });

  it('names exp-specialty for a background in a field and not for a background with an attitude', () => {
    expect(ids('A background in blood transfusion')).toContain('exp-specialty');
    expect(ids('You will have a mechanical background')).toContain('exp-specialty');
    expect(ids('A strong academic background')).not.toContain('exp-specialty');
    expect(ids('A proven background with a positive attitude')).not.toContain('exp-specialty');
  });

  it('reads a service with a word that says which as a place of care', () => {
    expect(ids('Experience of working in drug and alcohol services')).toContain('exp-specialty');
    expect(ids('Previous experience within wheelchair services')).toContain('exp-specialty');
    expect(ids('Experience of working in a busy service')).not.toContain('exp-specialty');
  });
});
