import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Asks about the hours and days a post is worked; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Clinic Coordinator');
const PATTERN = 'other-work-pattern';

describe('the hours and days a post asks for', () => {
  it.each([
    'Happy to work irregular hours when the unit is busy',
    'Willing to cover at short notice during leave',
    'Some flexibility around working hours is needed',
    'The post needs someone who can give two days a week',
    'You must be free every Friday afternoon',
  ])('%s', (text) => {
    expect(ids(text)).toContain(PATTERN);
  });

  it.each([
    'Should be able to cover seven days in turn with colleagues',
    'Happy to work flexibly over a 7 day week',
    'You will join the departmental rota once trained',
    'Comfortable working on a rota basis',
  ])('the whole week or a rota: %s', (text) => {
    expect(ids(text)).toContain(PATTERN);
  });

  it.each(['Has completed a seven day course in first aid', 'Our clinic opens seven days a week for walk-ins'])(
    'not seven days that are no work asked of the applicant: %s',
    (text) => {
      expect(ids(text)).not.toContain(PATTERN);
    },
  );

  it('is not read from short notice that is not about hours', () => {
    expect(ids('Able to reorganise tasks at short notice')).not.toContain(PATTERN);
  });
});
