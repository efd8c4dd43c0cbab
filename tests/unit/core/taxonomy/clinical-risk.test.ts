import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';

/** Managing risk is clinical when it is the risk of the people cared for, organisational otherwise. */
const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const ids = (text: string) => [
  ...new Set(
    matchText(matcher, text, { title: 'Team Manager' })
      .filter((h) => !h.negated)
      .map((h) => h.skillId),
  ),
];

describe('clinical and organisational risk', () => {
  it('is clinical risk when the risk is to patients, clients or service users', () => {
    expect(ids('Can identify, monitor and reduce risks to clients living at home')).toEqual(['clin-risk-assessment']);
    expect(ids('Sound judgement in managing risk of self-harm')).toContain('clin-risk-assessment');
    expect(ids('Sound judgement in managing risk of self-harm')).not.toContain('gov-risk-management');
  });

  it('is organisational risk management otherwise, also beside clinical governance', () => {
    expect(ids('Experience of managing risks on a departmental risk register')).toContain('gov-risk-management');
    expect(ids('Working knowledge of clinical governance and risk management')).toEqual([
      'gov-clinical-governance',
      'gov-risk-management',
    ]);
  });
});
