import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Command of English asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Clinical Fellow');
const LANGUAGE = 'comm-language';

describe('command of English in other words', () => {
  it.each(['Good verbal and written English', 'Confident speaking in English with families'])('%s', (text) => {
    expect(ids(text)).toContain(LANGUAGE);
  });

  it('is not read from an English qualification', () => {
    expect(ids('GCSE English and Maths at grade C')).not.toContain(LANGUAGE);
  });
});
