import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Qualities asked through an idiom, a synonym or another form of their word; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Receptionist');

describe('qualities in their idioms and other word forms', () => {
  it('reads calming a situation or a person as de-escalation, and an angry caller as a sensitive exchange', () => {
    expect(ids('Can defuse heated situations on the phone')).toContain('clin-deescalation');
    expect(ids('Able to calm people down when they are upset')).toContain('clin-deescalation');
    expect(ids('Deals politely with irate customers')).toContain('comm-complex-sensitive');
  });

  it('does not read calm as a quality of a place', () => {
    expect(ids('A calm environment for patients')).not.toContain('clin-deescalation');
  });

  it('reads keeping a cool head as composure under pressure', () => {
    expect(ids('Keeps a level head when the clinic overruns')).toContain('val-resilience-flexibility');
    expect(ids('Able to stay composed in an emergency')).toContain('val-resilience-flexibility');
  });

  it('reads complicated as complex', () => {
    expect(ids('Able to explain complicated forms to visitors')).toContain('comm-complex-sensitive');
  });

  it('reads the adjective and agent forms of dignity, accountability and timekeeping', () => {
    expect(ids('Offers dignified support at every visit')).toContain('val-respect-dignity');
    expect(ids('Accountable for their own decisions')).toContain('val-reliability-professionalism');
    expect(ids('A good timekeeper')).toContain('val-reliability-professionalism');
  });

  it('does not read accountability owed by someone else', () => {
    expect(ids('Reports to the manager, who is accountable for the budget')).not.toContain(
      'val-reliability-professionalism',
    );
  });

  it('reads going the extra mile as commitment to quality', () => {
    expect(ids('Happy to go above and beyond for our visitors')).toContain('val-commitment-quality');
  });
});
