import { describe, expect, it } from 'vitest';
import { scopeTokens } from '../../../../../src/core/match/clauses';
import { sharedVerbs } from '../../../../../src/core/match/phrasing/shared-verbs';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

/** Phrasings written for the tests. */
const verbsOf = (text: string) => {
  const tokens = tokenise(text);
  const verbs = sharedVerbs(text, tokens, scopeTokens(text, tokens));
  return Object.fromEntries(tokens.flatMap((t, i) => (verbs[i]! >= 0 ? [[t.raw, tokens[verbs[i]!]!.raw]] : [])));
};

describe('a list of objects shares its verb, a list of roles its quality', () => {
  it('gives each object of the list but the first the verb before it', () => {
    expect(verbsOf('Keen on delivering audit, mentoring and teaching')).toEqual({
      mentoring: 'delivering',
      teaching: 'delivering',
    });
    expect(verbsOf('Skilled in the management of budgets and staff')).toEqual({ staff: 'management' });
  });

  it('ends the list at a long object, and leaves a list to a preposition of the first object', () => {
    expect(verbsOf('Able to manage a very busy caseload and staff')).toEqual({});
    expect(verbsOf('Able to manage time for self, staff and the team')).toEqual({});
    // A noun of the verb without its "of" shares nothing.
    expect(verbsOf('Risk management and staff skills')).toEqual({});
  });

  it('gives a quality before a list of roles to each role', () => {
    expect(verbsOf('An effective adviser/teacher and leader')).toEqual({ teacher: 'effective', leader: 'effective' });
    expect(ruleIds('You are a skilled adviser, teacher and leader', 'Midwife')).toEqual(
      expect.arrayContaining(['lead-teaching-training', 'lead-leadership']),
    );
  });

  it('gives two verbs joined the object after the second', () => {
    expect(verbsOf('Keen on leading and supporting staff')).toEqual({ staff: 'leading' });
    expect(verbsOf('The management and development of a clinic')).toEqual({ a: 'management' });
    expect(ruleIds('Shared in the management and development of a pharmacy', 'Pharmacist')).toContain(
      'lead-operational-management',
    );
  });

  it('joins a verb of teaching or motivating to another, also over "or" and "and/or"', () => {
    expect(verbsOf('Happy coaching and/or appraising new staff')).toEqual({ new: 'coaching' });
    expect(verbsOf('Has taught or supervised students')).toEqual({});
    expect(ruleIds('Some time spent teaching or supervising junior staff', 'Radiographer')).toEqual(
      expect.arrayContaining(['lead-teaching-training', 'lead-supervision-delegation']),
    );
    expect(ruleIds('Able to motivate and support others on the ward', 'Nurse')).toContain('lead-leadership');
    // A list after a verb of teaching is no list of its objects: "training in A, B and C".
    expect(verbsOf('Training in phlebotomy, cannulation and ECGs')).toEqual({});
    // A light verb before a verb of teaching does not take its object: supporting learners is no supervision.
    expect(ruleIds('Willing to support and coach student paramedics', 'Paramedic')).not.toContain(
      'lead-supervision-delegation',
    );
  });

  it('reads the first of two joined verbs with the object inside the second verb’s phrase', () => {
    expect(ruleIds('Some years spent leading and managing a team on a ward', 'Nurse')).toEqual(
      expect.arrayContaining(['lead-leadership', 'lead-line-management']),
    );
    expect(ruleIds('Will lead and supervise a team of porters at night', 'Radiographer')).toEqual(
      expect.arrayContaining(['lead-leadership', 'lead-supervision-delegation']),
    );
    // Not a verb that is a word of a phrase read already: this manages performance, not the team members.
    expect(ruleIds('Good at performance management and development of junior staff', 'Manager')).not.toContain(
      'lead-line-management',
    );
  });

  it('reads the verb with each object', () => {
    expect(ruleIds('Experience of providing consultation, supervision and training', 'Psychologist')).toContain(
      'lead-teaching-training',
    );
  });

  it('not in a clause that says what the post is for', () => {
    expect(ruleIds('Sound knowledge in order to provide advice and training', 'Technician')).not.toContain(
      'lead-teaching-training',
    );
  });
});
