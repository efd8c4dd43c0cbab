import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** New ways of providing a service are service development; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Clinical Lead');
const DEVELOPMENT = 'lead-service-development';

describe('new ways of providing a service', () => {
  it.each([
    'Keen to shape new clinical pathways',
    'Interested in innovative models of care',
    'Helped to set up new audiology services',
    'Wants to grow our services',
  ])('%s', (text) => {
    expect(ids(text)).toContain(DEVELOPMENT);
  });

  it('is not a service that is only near something new', () => {
    expect(ids('New starters are shown round the service')).not.toContain(DEVELOPMENT);
  });
});
