import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A past form after an article, a word of degree or a form of "be" is an adjective or a passive, not the verb. */
describe('a past form used as an adjective', () => {
  it('is not read as its verb', () => {
    expect(ruleIds('You will join a motivated team of therapists', 'Physiotherapist')).not.toContain('lead-leadership');
    expect(ruleIds('Apply only if you are permitted to work in this country', 'Doctor')).not.toContain(
      'gov-health-safety',
    );
  });

  it('is still read as its verb where it is one', () => {
    expect(ruleIds('Has motivated teams through difficult times', 'Ward Manager')).toContain('lead-leadership');
    expect(ruleIds('Has led a team of nurses', 'Ward Manager')).toContain('lead-leadership');
  });

  it('reads a past form of preparing someone before the person as what they are, not as teaching them', () => {
    expect(ruleIds('We want theatre trained nurses for our day unit', 'Staff Nurse')).not.toContain(
      'lead-teaching-training',
    );
    expect(ruleIds('Trained staff are invited to apply', 'Staff Nurse')).not.toContain('lead-teaching-training');
    expect(ruleIds('Has trained nurses and students on placement', 'Ward Sister')).toContain('lead-teaching-training');
  });

  it('reads a past form of how someone is disposed before the person as what they are, not as leading them', () => {
    expect(ruleIds('We want keen and motivated staff for our clinic', 'Staff Nurse')).not.toContain('lead-leadership');
    expect(ruleIds('Seeking an inspired and empowered team', 'Staff Nurse')).not.toContain('lead-leadership');
    expect(ruleIds('A caring, motivated team player', 'Support Worker')).toContain('comm-teamwork');
    expect(ruleIds('Who motivated teams through a merger', 'Ward Manager')).toContain('lead-leadership');
  });
});
