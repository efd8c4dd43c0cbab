import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Working at more than one site, named by a number; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Biomedical Scientist');
const TRAVEL = 'other-driving-travel';

describe('working at more than one site', () => {
  it.each(['Must work between two hospital sites', 'Willing to cover shifts at any of our four sites'])(
    '%s',
    (text) => {
      expect(ids(text)).toContain(TRAVEL);
    },
  );

  it('is not read from one site', () => {
    expect(ids('Responsible for waste collection across the site')).not.toContain(TRAVEL);
  });
});
