import { describe, expect, it } from 'vitest';
import { scopeTokens } from '../../../../../src/core/match/clauses';
import { matchText } from '../../../../../src/core/match/match-text';
import { reasonTokens } from '../../../../../src/core/match/not-asked/reason-clauses';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';
import { tokenise } from '../../../../../src/core/text/tokenise';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const asked = (text: string) =>
  matchText(matcher, text)
    .filter((h) => !h.negated)
    .map((h) => h.skillId);
const inReason = (text: string) => {
  const tokens = tokenise(text);
  const marks = reasonTokens(tokens, scopeTokens(text, tokens));
  return tokens.filter((_, i) => marks[i] === 1).map((t) => t.raw);
};

describe('a clause giving the reason for an ask asks nothing itself', () => {
  it.each([
    ['Good written skills are needed as you will be liaising with other professionals daily', 'comm-mdt'],
    ['You must be a team player as the post holder will work closely with the multi-disciplinary team', 'comm-mdt'],
    ['Strong IT skills because you’ll be working within a busy team', 'comm-teamwork'],
    ['Good people skills, as a key part of this post will be meeting stakeholders', 'comm-negotiation-influencing'],
  ])('%s: not %s', (text, id) => {
    expect(asked(text)).not.toContain(id);
  });

  it.each([
    // The ask before the reason stays.
    ['You must be a team player as the post holder will work closely with the ward', 'comm-teamwork'],
    // A reason that asks something itself is an ask.
    [
      'Management experience is vital, as you’ll need to lead audits and clinical governance',
      'gov-clinical-governance',
    ],
    // A comparison is no reason.
    ['You will be as much a team player as you are a leader', 'comm-teamwork'],
  ])('%s: still %s', (text, id) => {
    expect(asked(text)).toContain(id);
  });

  it('ends at the comma of a reason that opens its sentence', () => {
    expect(inReason('As you will work with children, you must hold an enhanced DBS check')).toEqual([
      'As',
      'you',
      'will',
      'work',
      'with',
      'children',
    ]);
  });

  it('ends where the applicant is asked something again', () => {
    expect(inReason('Flexible, as the role will involve shifts and be able to drive')).not.toContain('drive');
  });

  it('reads the work an ask is made for, named after it, as the post', () => {
    const law = 'Spoken English is a legal requirement (for the safe performance of this customer-facing job)';
    expect(asked(law)).not.toContain('comm-customer-service');
    expect(inReason('Tact, for the proper discharge of a patient-facing job, and a car')).toEqual([
      'for',
      'the',
      'proper',
      'discharge',
      'of',
      'a',
      'patient',
      'facing',
      'job',
    ]);
  });

  it('leaves the same words asked for themselves', () => {
    expect(asked('Some time spent in a customer-facing post')).toContain('comm-customer-service');
    expect(inReason('Good performance of routine audits for the department')).toEqual([]);
  });
});
