import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Labelling rule 9: experience of the post's client group is specialty experience; commitment to it is not. */
const ids = (text: string) => ruleIds(text, 'Support Worker');

describe('this client group', () => {
  it('is specialty experience when experience of it is asked', () => {
    expect(ids('Some experience with this client group')).toContain('exp-specialty');
    expect(ids('Has worked with a similar patient group before')).toContain('exp-specialty');
  });

  it('is not experience when only commitment to it is asked', () => {
    expect(ids('A real commitment to this client group')).not.toContain('exp-specialty');
  });
});
