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
    'You can problem solve when the rota falls apart',
    'Expected to problem-solve with families',
    'A natural problem solver',
  ])('%s', (text) => {
    expect(ids(text)).toContain(SOLVING);
  });

  it.each(['Brings innovation to the clinic', 'Creativity in planning group sessions'])(
    'is not read from innovation or creativity alone: %s',
    (text) => {
      expect(ids(text)).not.toContain(SOLVING);
    },
  );

  it.each([
    'Willing to make firm, fair decisions on the ward',
    'Should be taking well reasoned decisions about discharge',
    'A steady and decisive manager',
    'Known for decisiveness in a crisis',
    'A confident clinical decision-maker',
  ])('decisions made by the applicant, of any kind: %s', (text) => {
    expect(ids(text)).toContain(SOLVING);
  });

  it.each([
    'You will help carers to make their own decisions about support',
    'There is the opportunity to make bigger decisions about your rota',
    'Writes briefings that inform policy decision makers',
  ])('not decisions the post helps others make, nor an offer: %s', (text) => {
    expect(ids(text)).not.toContain(SOLVING);
  });

  it('is not read from faults that are only reported', () => {
    expect(ids('Reports faults to the supervisor')).not.toContain(SOLVING);
  });
});
