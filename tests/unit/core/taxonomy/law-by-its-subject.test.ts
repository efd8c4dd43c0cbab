import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Mental Health Nurse');
const MHA = 'clin-mental-health-act';
const CPD = 'val-cpd-reflection';

describe('the mental health law named by its subject', () => {
  it.each(['Knowledge of legislation in relation to mental health', 'Legislation relevant to mental health'])(
    '%s',
    (text) => {
      expect(ids(text)).toContain(MHA);
    },
  );
});

describe('up to date as a word of currency, not of CPD', () => {
  it('asks for current knowledge, not for keeping it current', () => {
    expect(ids('Up to date knowledge of safeguarding procedures')).not.toContain(CPD);
  });

  it('reads keeping up to date as CPD', () => {
    expect(ids('Keeps up to date with current practice')).toContain(CPD);
  });
});
