import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Values the applicant is to hold as their own, however the post names them; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Support Worker');

describe('values held', () => {
  it.each(['Someone who will share these values', 'Able to uphold the values set out above', 'Lives our ethos'])(
    '%s',
    (text) => {
      expect(ids(text)).toContain('val-nhs-values');
    },
  );
});
