import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Experience in a senior post, with "working" between; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Ward Manager');

describe('experience of working in a senior post', () => {
  it('reads experience working as a deputy or team leader as experience at a level', () => {
    expect(ids('Experience working as a team leader on a busy ward')).toContain('exp-band-level');
    expect(ids('Some experience of working as a deputy')).toContain('exp-band-level');
  });

  it('is not read from working alongside one', () => {
    expect(ids('Experience working with a team leader')).not.toContain('exp-band-level');
  });
});
