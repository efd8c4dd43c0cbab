import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Midwifery's clinical skills asked for as a whole; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Midwife');

describe('midwifery skills as a whole', () => {
  it.each(['Sound clinical midwifery', 'Up to date midwifery competencies', 'Confident in core midwifery skills'])(
    '%s',
    (text) => {
      expect(ids(text)).toContain('clin-midwifery-skills');
    },
  );

  it('is not the profession alone', () => {
    expect(ids('Registered midwife')).not.toContain('clin-midwifery-skills');
  });
});
