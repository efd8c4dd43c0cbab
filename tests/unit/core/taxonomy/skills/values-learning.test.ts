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
    expect(ids('Steady under pressure, able to learn and happy to work nights')).not.toContain(CPD);
  });
});

describe('learning fast, as an aptitude for learning', () => {
  it('reads a fast learner, learning rapidly and being quick to pick things up', () => {
    expect(ids('Happy to be a fast learner on the ward')).toContain(CPD);
    expect(ids('Can learn rapidly when rotas change')).toContain(CPD);
    expect(ids('Quick to pick up a new routine')).toContain(CPD);
    expect(ids('Someone who picks new skills up fast')).toContain(CPD);
  });

  it('reads no learning in a quick reply or a fast service', () => {
    expect(ids('Quick to reply to referrals from the clinic')).not.toContain(CPD);
  });
});

describe('a wish to develop oneself', () => {
  it('reads oneself, one’s potential or abilities as what the wish develops', () => {
    expect(ids('Motivated to grow yourself in a new field')).toContain(CPD);
    expect(ids('A wish to fulfil their own potential here')).toContain(CPD);
    expect(ids('Eager to grow and learn alongside the team')).toContain(CPD);
  });

  it('reads no wish where the employer develops the applicant, nor in patients’ self-management', () => {
    expect(ids('We will develop your potential through our programme')).not.toContain(CPD);
    expect(ids('Helping clients develop self-management of pain')).not.toContain(CPD);
  });
});
