import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Clinical skills named as what an award is in; phrasings written for the tests. */

describe('clinical skills as the subject of an award', () => {
  it('are the award’s subject, a specialist qualification, not skills asked for beside it', () => {
    expect(ruleIds('A certificate in wound care or equivalent')).toEqual(['qual-specialist-post-reg']);
    expect(ruleIds('Holds a qualification in triage / minor illness', 'Nurse Practitioner')).toEqual([
      'qual-specialist-post-reg',
    ]);
    expect(ruleIds('MSc in Cardiac Ultrasound')).not.toContain('clin-radiation-imaging');
    expect(ruleIds('PG Cert in Diabetes')).not.toContain('clin-ltc-primary-care');
  });

  it('keeps a therapy the award qualifies one to deliver', () => {
    expect(ruleIds('Postgraduate Diploma in CBT')).toContain('clin-psychological-interventions');
  });

  it('leaves training in a skill, and a skill after the subject ends, to be asked for', () => {
    expect(ruleIds('Training in wound care')).toContain('clin-wound-care');
    expect(ruleIds('A certificate in mentorship with experience of wound care')).toContain('clin-wound-care');
  });
});
