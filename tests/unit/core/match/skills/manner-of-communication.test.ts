import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** "accurate" beside communication says how one communicates; elsewhere it is attention to detail. */
describe('a manner word beside communication', () => {
  it('qualifies the communication after it (an adjective) or before it (an adverb)', () => {
    expect(ruleIds('Able to communicate clearly and accurately', 'Ward Clerk')).not.toContain('other-attention-detail');
    expect(ruleIds('Clear, precise and effective communication skills', 'Ward Clerk')).not.toContain(
      'other-attention-detail',
    );
  });

  it('is attention to detail where it qualifies no communication', () => {
    expect(ruleIds('Able to work quickly and accurately', 'Ward Clerk')).toContain('other-attention-detail');
    expect(ruleIds('An accurate and methodical approach', 'Ward Clerk')).toContain('other-attention-detail');
    expect(ruleIds('Accurate data entry skills', 'Ward Clerk')).toContain('other-attention-detail');
  });
});
