import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

const CPD = 'val-cpd-reflection';
const ids = (text: string) => ruleIds(text, 'Staff Nurse');

describe('a readiness to learn', () => {
  it('is a commitment to learning whatever word of readiness comes before "to learn"', () => {
    expect(ids('An appetite to learn about new treatments')).toContain(CPD);
    expect(ids('She shows real determination to learn')).toContain(CPD);
    expect(ids('Someone who is committed to learn and grow with us')).toContain(CPD);
  });

  it('leaves the word of readiness its own skill', () => {
    expect(ids('Motivated to learn from senior colleagues')).toEqual(
      expect.arrayContaining([CPD, 'val-motivation-initiative']),
    );
  });

  it('is not the employer helping someone learn, nor a readiness word further away', () => {
    expect(ids('We will support you to learn the systems we use')).not.toContain(CPD);
    expect(ids('Steady under pressure, quick to learn and happy to work nights')).not.toContain(CPD);
  });
});
