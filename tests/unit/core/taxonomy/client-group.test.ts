import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';

/** Labelling rule 9: experience of the post's client group is specialty experience; commitment to it is not. */
const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const ids = (text: string) => [
  ...new Set(
    matchText(matcher, text, { title: 'Support Worker' })
      .filter((h) => !h.negated)
      .map((h) => h.skillId),
  ),
];

describe('this client group', () => {
  it('is specialty experience when experience of it is asked', () => {
    expect(ids('Some experience with this client group')).toContain('exp-specialty');
    expect(ids('Has worked with a similar patient group before')).toContain('exp-specialty');
  });

  it('is not experience when only commitment to it is asked', () => {
    expect(ids('A real commitment to this client group')).not.toContain('exp-specialty');
  });
});
