import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Problem solving asked in other words; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Maintenance Technician');
const SOLVING = 'other-problem-solving';

describe('problem solving in other words', () => {
  it.each([
    'Happy to think on your feet when plans change',
    'Able to think logically under pressure',
    'Strong reasoning skills',
    'Can fault find on lifts and pumps',
    'Experienced at fixing technical faults',
  ])('%s', (text) => {
    expect(ids(text)).toContain(SOLVING);
  });

  it('is not read from faults that are only reported', () => {
    expect(ids('Reports faults to the supervisor')).not.toContain(SOLVING);
  });
});
