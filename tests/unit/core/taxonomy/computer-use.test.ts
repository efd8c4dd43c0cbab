import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Everyday use of computers asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Office Administrator');
const LITERACY = 'it-digital-literacy';

describe('using computers, in other words', () => {
  it.each([
    'Good computer technical skills',
    'Confident in the use of specialist software',
    'Able to keep records using databases',
    'Comfortable with electronic communications',
    'Works with information management systems every day',
    'Quick at learning new software',
  ])('%s', (text) => {
    expect(ids(text)).toContain(LITERACY);
  });

  it('is not read from systems that are a change to bring in', () => {
    expect(ids('You will introduce new systems of working')).not.toContain(LITERACY);
  });
});
