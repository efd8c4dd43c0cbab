import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Labelling rule 8: working independently is motivation and initiative, wherever the verb stands. */
const ids = (text: string) => ruleIds(text, 'Receptionist');

describe('"independently" qualifying a verb of working', () => {
  it('is read across the adverbs the verb shares', () => {
    expect(ids('Able to work calmly independently or with others')).toContain('val-motivation-initiative');
    expect(ids('Must work quickly, independently and to a high standard')).toContain('val-motivation-initiative');
  });

  it('is read when it closes a clause about working with others', () => {
    expect(ids('Happy working in a small team with the practice nurses as well as independently')).toContain(
      'val-motivation-initiative',
    );
  });

  it('is not read when nothing says working', () => {
    expect(ids('Able to travel independently between the two surgeries')).not.toContain('val-motivation-initiative');
    expect(ids('Helping patients to live independently at home')).not.toContain('val-motivation-initiative');
  });
});
