import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Quality improvement asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Operations Manager');
const IMPROVEMENT = 'gov-quality-improvement';

describe('quality improvement in other words', () => {
  it.each([
    'Keen on improving our ways of working',
    'A real commitment to improvement',
    'Always driving for improvement',
    'Always seeking to improve current processes',
  ])('%s', (text) => {
    expect(ids(text)).toContain(IMPROVEMENT);
  });

  it('is not read from improving one’s own skills', () => {
    expect(ids('Keen on improving your IT skills')).not.toContain(IMPROVEMENT);
  });
});
