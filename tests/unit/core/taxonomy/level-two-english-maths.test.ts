import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** English and maths at level 2, written in other ways; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Housekeeper');
const LEVEL_TWO = 'qual-level2-english-maths';

describe('English and maths at level 2 in other words', () => {
  it.each(['Four GSCEs at grade C or above', 'Level 2 or equivalent maths and English'])('%s', (text) => {
    expect(ids(text)).toContain(LEVEL_TWO);
  });

  it('is not read from a level 2 qualification in another subject', () => {
    expect(ids('NVQ level 2 or equivalent in cleaning services')).not.toContain(LEVEL_TWO);
  });
});
