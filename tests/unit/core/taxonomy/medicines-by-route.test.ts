import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** A medicine named by its route; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Staff Nurse');
const MEDICINES = 'clin-medicines-management';
const IV = 'clin-cannulation-iv';

describe('a medicine named by its route is still a medicine', () => {
  it.each(['Subcutaneous medications', 'Sub cut drugs (E)', 'Insulin administration', 'Oral medication rounds'])(
    '%s',
    (text) => {
      expect(ids(text)).toContain(MEDICINES);
    },
  );

  it.each(['IV drug administration', 'Intravenous drug administration', 'Competent with IV medications'])(
    '%s is IV therapy and medicines',
    (text) => {
      expect(ids(text)).toEqual(expect.arrayContaining([MEDICINES, IV]));
    },
  );

  it('is not read from an IV route without a medicine', () => {
    expect(ids('IV cannulation and venepuncture')).not.toContain(MEDICINES);
  });
});
