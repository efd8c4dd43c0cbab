import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** An item under an experience heading or lead-in; phrasings written for the tests. */
const matcher = defaultMatcher();
const ids = (text: string, category: string | null) =>
  matchText(matcher, text, { title: 'Staff Nurse', category })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);

describe('an item read with the heading or lead-in it sits under', () => {
  it('reads a specialty listed under "Experience of working in:" as experience of it', () => {
    expect(ids('Spinal Care', 'Experience of working in the following areas:')).toContain('exp-specialty');
    expect(ids('Spinal Care', null)).not.toContain('exp-specialty');
  });

  it('reads a specialty under an "Experience" heading, and names the words and the heading in "Why?"', () => {
    const hit = matchText(matcher, '• Neurology', { category: 'Desirable Experience' }).find(
      (h) => h.skillId === 'exp-specialty',
    );
    expect(hit?.rule).toContain('"Neurology" under "Desirable Experience"');
  });

  it('reads occupational health as a specialty', () => {
    expect(ids('Occupational health, ideally in industry', 'Experience')).toContain('exp-specialty');
    expect(ids('Experience in occupational health', null)).toContain('exp-specialty');
  });

  it('leaves knowledge items and items with their own frame to the text', () => {
    expect(ids('Knowledge of Autism', 'Experience')).not.toContain('exp-specialty');
    expect(ids('Learning disability awareness', 'Experience')).not.toContain('exp-specialty');
    expect(ids('Neurology', 'Skills')).not.toContain('exp-specialty');
  });
});
