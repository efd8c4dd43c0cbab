import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** "Caring" as a quality asked of the applicant is compassion; caring for people, or a caring culture, is not. */
const ids = (text: string) => ruleIds(text, 'Healthcare Assistant');

describe('caring as a quality', () => {
  it('is compassion in a list of the applicant’s qualities', () => {
    expect(ids('You will be caring, patient and reliable')).toContain('val-compassion-care');
    expect(ids('A kind, caring and calm manner with visitors')).toContain('val-compassion-care');
    expect(ids('A genuine interest in caring for others')).toContain('val-compassion-care');
  });

  it('is not compassion when it is care work or the employer’s culture', () => {
    expect(ids('Experience of caring for older people')).not.toContain('val-compassion-care');
    expect(ids('You will join a caring team in a friendly hospital')).not.toContain('val-compassion-care');
  });
});
