import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Values asked in other words than the usual ones; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Ward Clerk');

describe('values asked in other words', () => {
  it('reads high standards, at their highest too', () => {
    expect(ids('Keeps to the highest standards in all records')).toContain('val-commitment-quality');
  });

  it('reads kindness, coping and self-motivation in other forms', () => {
    expect(ids('You will be kind and patient')).toContain('val-compassion-care');
    expect(ids('Able to cope with the competing priorities of the ward')).toContain('val-resilience-flexibility');
    expect(ids('Self-motivating and organised')).toContain('val-motivation-initiative');
  });

  it('reads no kindness in a sort of thing, nor coping in others helped to cope', () => {
    expect(ids('Experience of this kind of work')).not.toContain('val-compassion-care');
    expect(ids('Supporting families to cope with illness')).not.toContain('val-resilience-flexibility');
  });

  it('reads excellent care produced, as well as delivered', () => {
    expect(ids('A drive to produce excellent patient care')).toContain('val-commitment-quality');
  });

  it('reads drive and ambition, and doing things enthusiastically', () => {
    expect(ids('Brings determination and drive to every shift')).toContain('val-motivation-initiative');
    expect(ids('Takes on new tasks enthusiastically')).toContain('val-motivation-initiative');
  });

  it('reads the wish to keep learning', () => {
    expect(ids('Has the drive to develop their knowledge further')).toContain('val-cpd-reflection');
    expect(ids('Wants to grow professionally in the role')).toContain('val-cpd-reflection');
    expect(ids('Committed to updating their professional knowledge')).toContain('val-cpd-reflection');
    expect(ids('A real learning aptitude')).toContain('val-cpd-reflection');
  });

  it('does not read a drive that is a car', () => {
    expect(ids('Must be able to drive to the other sites')).not.toContain('val-motivation-initiative');
  });
});

describe('a commitment to providing something excellent', () => {
  it('is commitment to quality, whatever is provided', () => {
    expect(ids('Committed to providing excellent advice to callers')).toContain('val-commitment-quality');
    expect(ids('Dedication to delivering the best outcomes')).toContain('val-commitment-quality');
  });

  it('needs the commitment next to it', () => {
    expect(ids('Able to provide excellent advice to callers')).not.toContain('val-commitment-quality');
  });
});

describe('putting patients at the heart of care', () => {
  it('is person-centred care', () => {
    expect(ids('Always puts patients at the heart of the service')).toContain('val-patient-centred');
    expect(ids('Placing service users at the centre of decisions')).toContain('val-patient-centred');
  });
});
