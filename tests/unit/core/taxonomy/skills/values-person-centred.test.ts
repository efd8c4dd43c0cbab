import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

const CENTRED = 'val-patient-centred';
const ids = (text: string) => ruleIds(text, 'Community Staff Nurse');

describe('the person kept at the heart of care, in other words', () => {
  it('is person-centred whoever or whatever of theirs is kept at the heart or the centre', () => {
    expect(ids('Someone who keeps the wishes of each resident at the heart of their work')).toContain(CENTRED);
    expect(ids('You will hold the family at the centre of every decision you make')).toContain(CENTRED);
  });

  it('is not the employer’s own statement, nor a place at the heart of something', () => {
    expect(ids('Patients are at the heart of everything we do here')).not.toContain(CENTRED);
    expect(ids('A busy practice at the heart of the town')).not.toContain(CENTRED);
  });
});

describe('personalised care', () => {
  it('is person-centred care', () => {
    expect(ids('Able to deliver safe and personalised care at home')).toContain(CENTRED);
  });

  it('leaves a personalised care plan to care planning', () => {
    expect(ids('Writes personalised care plans with each family')).not.toContain(CENTRED);
  });
});
